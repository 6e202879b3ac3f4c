package org.cbec.app.clearance.domain;

import java.util.Optional;

/**
 * A document belongs to the enterprise that declared it: only that enterprise modifies (appType 2) or deletes
 * (appType 3) it, or declares it anew under the same number; an inventory is cancelled (CEB623/605) or returned
 * (CEB625/213) by its declarant or by the e-commerce enterprise it was declared for (ebcCode, the principal). A
 * refusal names neither the other enterprise nor anything of its document but the number the sender gave.
 */
public final class DeclaringParty {

    private DeclaringParty() {
    }

    /**
     * @param what       the document, as the sender named it (e.g. "订单 ORD1")
     * @param declaredBy the enterprise that declared the document on file, or null when none is on file
     * @param principal  the e-commerce enterprise the document was declared for, when it may act too; else null
     * @param sender     the enterprise sending the change
     */
    public static Optional<DocumentChange.Refusal> check(String what, String declaredBy, String principal,
                                                         String sender) {
        if (declaredBy == null || declaredBy.equals(sender) || sender.equals(principal)) {
            return Optional.empty();
        }
        return Optional.of(new DocumentChange.Refusal(ReturnStatus.NOT_THE_DECLARANT, "企业代码不正确：" + what
                + " 由其他企业申报，只有申报企业可以修改、删除、撤销或退货 (declared by another enterprise: only the "
                + "declaring enterprise may change, withdraw, cancel or return it)"));
    }
}
