package org.cbec.app.onestop.application;

import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.cbec.app.onestop.domain.Review;
import org.cbec.app.shared.Refusal;

/** How the staff decide what they review (a seller's sign-up, a product): checked, found, decided once. */
final class Reviewing {

    private Reviewing() {
    }

    /**
     * Decides {@code what} number {@code id}: 400 for a decision that cannot be taken, 404 when there is none, 409
     * when it was decided already; the view after.
     */
    static <V> V decide(String what, long id, String decision, String reason, LongFunction<V> view,
                        Predicate<Review> decided) {
        String problem = Review.problem(decision, reason);
        if (problem != null) {
            throw Refusal.invalid("invalid-review", problem);
        }
        view.apply(id);
        if (!decided.test(Review.of(decision))) {
            throw new Refusal(Refusal.Kind.CONFLICT, "review-decided", what + " " + id + " is decided already");
        }
        return view.apply(id);
    }
}
