package org.cbec.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page of a list: 50 rows, one more asked for to know whether a next page exists. */
class PagingTest {

    private static final List<Integer> ROWS = IntStream.range(0, 120).boxed().toList();

    private static List<Integer> read(int offset, int limit) {
        return ROWS.subList(Math.min(offset, ROWS.size()), Math.min(offset + limit, ROWS.size()));
    }

    @Test
    void aPageShowsFiftyRowsAndKnowsWhetherMoreFollow() {
        Paging.Shown<Integer> first = Paging.of(null).read(PagingTest::read);
        assertThat(Paging.SIZE).isEqualTo(50);
        assertThat(first.rows()).hasSize(50).startsWith(0).endsWith(49);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();

        Paging.Shown<Integer> last = Paging.of(3).read(PagingTest::read);
        assertThat(last.rows()).containsExactlyElementsOf(ROWS.subList(100, 120));
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void aPageNumberOutOfRangeIsTheNearestPageThere() {
        assertThat(Paging.of(0).page()).isEqualTo(1);
        assertThat(Paging.of(-7).page()).isEqualTo(1);
        assertThat(Paging.of(Integer.MAX_VALUE).page()).isEqualTo(100_000);
        assertThat(Paging.of(100_000).read(PagingTest::read).rows()).isEmpty();
    }
}
