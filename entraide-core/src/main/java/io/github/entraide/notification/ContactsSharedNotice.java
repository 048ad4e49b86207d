package io.github.entraide.notification;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * To each side of an accepted introduction: the other side's contact details, with safety
 * guidance (never share bank details; contactless hand-over for groceries; a guardian stays
 * present for a minor).
 *
 * @param territoryId the territory
 * @param recipient who receives it
 * @param introductionId the introduction
 * @param categoryId the category
 * @param categoryName the category's name in the recipient's locale
 * @param inPerson whether the help is given in person (contactless hand-over guidance)
 * @param minor whether the person helped is a minor (guardian guidance)
 * @param counterpartRole the other side's role: helper or beneficiary
 * @param counterpartName the other side's display name
 * @param counterpartEmail the other side's e-mail address
 * @param counterpartPhone the other side's phone, if given
 * @param onBehalfOf the first name of the person helped when the beneficiary side is a proxy
 */
public record ContactsSharedNotice(TerritoryId territoryId, Recipient recipient, IntroductionId introductionId,
        CategoryId categoryId, String categoryName, boolean inPerson, boolean minor, MemberRole counterpartRole,
        String counterpartName, String counterpartEmail, Optional<String> counterpartPhone,
        Optional<String> onBehalfOf) implements Notification {

    /** Checks the parameters. */
    public ContactsSharedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(counterpartRole, "counterpartRole");
        Objects.requireNonNull(counterpartName, "counterpartName");
        Objects.requireNonNull(counterpartEmail, "counterpartEmail");
        Objects.requireNonNull(counterpartPhone, "counterpartPhone");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.CONTACTS_SHARED;
    }
}
