package io.github.entraide.scenario;

import static io.github.entraide.testkit.property.Gens.booleans;
import static io.github.entraide.testkit.property.Gens.constant;
import static io.github.entraide.testkit.property.Gens.doubles;
import static io.github.entraide.testkit.property.Gens.elements;
import static io.github.entraide.testkit.property.Gens.integers;
import static io.github.entraide.testkit.property.Gens.oneOf;
import static io.github.entraide.testkit.property.Gens.optionals;
import static io.github.entraide.testkit.property.Gens.sets;
import static io.github.entraide.testkit.property.Gens.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.entraide.InvalidCommandException;
import io.github.entraide.Violation;
import io.github.entraide.command.AuditQuery;
import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.Constraints;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.EditRequest;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.AssignOpenRequests;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.command.UpdateOffer;
import io.github.entraide.command.UpdateProfile;
import io.github.entraide.command.VerifyHelper;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.AvailabilitySlot;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.contract.CommandRecords;
import io.github.entraide.testkit.property.Gen;
import io.github.entraide.testkit.property.Gens;
import io.github.entraide.testkit.property.Pair;
import io.github.entraide.testkit.property.Property;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every command of {@code io.github.entraide.command}: a valid command with one or more fields
 * broken (blank, oversized, control characters, invalid identifiers, out-of-range numbers, empty
 * sets, bad languages or INSEE codes, missing values) is refused, by an actor who would otherwise
 * be allowed, with an {@link InvalidCommandException} naming exactly the broken properties in
 * French and English, and nothing changes.
 */
class InvalidCommandsAreRefusedPropertyTest {

    /** Stands for {@code null} in generated values (generators never produce {@code null}). */
    private enum Null {
        NULL
    }

    private static final Null NULL = Null.NULL;
    private static final String G = World.GRENOBLE;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String NAME_CHARACTERS = LETTERS + " -'éèçàôÉ";
    /** Characters Java's {@code String.isBlank()} and {@code strip()} treat as white space. */
    private static final String WHITE_SPACE = " \t\n\r\u000B\f\u2003\u3000\u2028\u2029\u1680\u2000";

    /** A broken command and the properties that were broken. */
    record Broken<C>(C command, Set<String> broken) {
    }

    /** A use case that takes the command, with an actor who may run it. */
    record Call<C>(String name, BiConsumer<Neighbourhood, C> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One command: how to make a valid one, how to break each field, and the use cases taking it. */
    record CommandCase<C extends Record>(Class<C> type, Function<Neighbourhood, Gen<C>> valid,
            Map<String, Gen<?>> breakers, List<Call<C>> calls) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    // ------------------------------------------------------------------ valid values

    private static Gen<String> names(int max) {
        return strings(NAME_CHARACTERS, 1, Math.min(max, 40)).filter(s -> !s.isBlank());
    }

    private static Gen<String> texts() {
        return strings(NAME_CHARACTERS + "\n\t.,!?", 1, 300).filter(s -> !s.isBlank());
    }

    private static Gen<String> emails() {
        return strings("abcdefghij", 1, 20).map(s -> s + "@example.org");
    }

    private static Gen<Optional<String>> phones() {
        return optionals(strings("0123456789 ", 10, 14).map(s -> "+33" + s));
    }

    private static Gen<String> inseeCodes() {
        return elements(GrenobleFixture.communes().stream().map(Commune::inseeCode).collect(Collectors.toList()));
    }

    private static Gen<Optional<GeoPoint>> points() {
        return optionals(Gen.zip(doubles(45.1, 45.2), doubles(5.6, 5.8), GeoPoint::of));
    }

    private static Gen<Set<MemberRole>> roles() {
        return sets(Gens.enumValues(MemberRole.class), 1, 2);
    }

    private static Gen<Set<String>> languageCodes(int min) {
        return sets(elements("fr", "en", "ar", "es", "it", "de", "pt", "tr", "ber"), min, 4);
    }

    private static Gen<WeeklyAvailability> availabilities() {
        return oneOf(constant(WeeklyAvailability.always()), Gens.enumValues(DayOfWeek.class).map(day ->
                WeeklyAvailability.of(List.of(new AvailabilitySlot(day, LocalTime.of(18, 0), LocalTime.of(20, 0))))));
    }

    // ------------------------------------------------------------------ broken values

    @SafeVarargs
    private static Gen<Object> anyOf(Gen<?>... gens) {
        return oneOf(gens).map(v -> (Object) v);
    }

    private static boolean isControl(int codePoint, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && (codePoint == '\t' || codePoint == '\n' || codePoint == '\r')) {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL;
    }

    private static boolean breaksText(String s, int max, boolean multiline, boolean blankAllowed) {
        return (!blankAllowed && s.isBlank()) || s.length() > max
                || s.codePoints().anyMatch(cp -> isControl(cp, multiline));
    }

    /** Control characters a text must not hold: C0 (tab and line breaks aside in free texts), DEL, C1. */
    private static Gen<Integer> controls(boolean multiline) {
        return oneOf(integers(0x00, 0x1F), constant(0x7F), integers(0x80, 0x9F))
                .filter(cp -> isControl(cp, multiline));
    }

    /** A text field broken: missing, blank, too long, holding a control character, or hostile. */
    private static Gen<Object> badText(int max, boolean multiline, boolean blankAllowed) {
        Gen<String> valid = strings(NAME_CHARACTERS, 1, 20).filter(s -> !s.isBlank());
        Gen<String> withControl = valid.flatMap(text -> controls(multiline).flatMap(cp ->
                integers(0, text.length()).map(at -> text.substring(0, at) + Character.toString(cp)
                        + text.substring(at))));
        List<Gen<?>> options = new ArrayList<>(List.of(constant(NULL), strings(LETTERS, max + 1, max + 40),
                withControl, Gens.hostileStrings().filter(s -> breaksText(s, max, multiline, blankAllowed))));
        if (!blankAllowed) {
            options.add(strings(WHITE_SPACE, 0, 6));
        }
        return oneOf(options.toArray(Gen<?>[]::new)).map(v -> (Object) v);
    }

    /** Missing, or for someone whose first name is too long or holds a control character. */
    private static Gen<Object> badOnBehalfOf() {
        Gen<String> valid = strings(NAME_CHARACTERS, 1, 20).filter(s -> !s.isBlank());
        Gen<String> badNames = oneOf(strings(LETTERS, 81, 120),
                valid.flatMap(name -> controls(false).map(cp -> name + Character.toString(cp))),
                Gens.hostileStrings().filter(s -> !s.isBlank() && breaksText(s, 80, false, true)));
        return anyOf(missing(), Gen.zip(badNames, Gens.enumValues(ProxyRelationship.class),
                (name, relationship) -> Optional.of(new OnBehalfOf(name, relationship, false))));
    }

    private static Gen<Object> badIdentifier() {
        return anyOf(constant(NULL), constant(""), strings(LETTERS, 65, 100),
                strings(LETTERS + " /@é#", 1, 20).filter(s -> !s.matches(Constraints.IDENTIFIER)),
                Gens.hostileStrings().filter(s -> !s.matches(Constraints.IDENTIFIER)));
    }

    /** A version of a consent text: an identifier of at most 32 characters. */
    private static Gen<Object> badVersion() {
        return anyOf(badIdentifier(), strings(WHITE_SPACE, 0, 4), strings(LETTERS, 33, 64));
    }

    private static Gen<Object> badEmail() {
        return anyOf(constant(NULL), strings(WHITE_SPACE, 0, 4), strings(LETTERS, 1, 30),
                strings(LETTERS, 1, 10).map(s -> s + "@@example.org"),
                strings(LETTERS, 250, 300).map(s -> s + "@example.org"),
                controls(false).map(cp -> "jo" + Character.toString(cp) + "e@example.org"));
    }

    private static Gen<Object> badPhone() {
        return anyOf(constant(NULL), strings("0123456789", 0, 3).map(Optional::of),
                strings("0123456789", 31, 40).map(Optional::of),
                strings(LETTERS + "#*/", 4, 12).map(Optional::of),
                controls(false).map(cp -> Optional.of("04 76" + Character.toString(cp) + "00 00")));
    }

    private static Gen<Object> badLanguage() {
        return anyOf(constant(NULL), elements("", "de", "FR", "En", "fra", "fr-FR", "french", " fr"),
                Gens.hostileStrings().filter(s -> !s.matches(Constraints.LANGUAGE)));
    }

    private static Gen<String> badLanguageCode() {
        return oneOf(elements("", "F", "FR", "fren", "f1", "zh-Hans", " fr"),
                Gens.hostileStrings().filter(s -> !s.matches(Constraints.LANGUAGE_CODE)));
    }

    /** A set of language codes broken: missing, empty (when one is needed), too big, or a bad code. */
    private static Gen<Object> badLanguages(boolean emptyAllowed) {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "a" + (char) ('a' + i))
                .collect(Collectors.toList());
        List<Gen<?>> options = new ArrayList<>(List.of(constant(NULL), constant(Set.copyOf(eleven)),
                badLanguageCode().map(bad -> Set.of("fr", bad)), constant(nullElementSet("fr"))));
        if (!emptyAllowed) {
            options.add(constant(Set.of()));
        }
        return oneOf(options.toArray(Gen<?>[]::new)).map(v -> (Object) v);
    }

    private static <T> Set<T> nullElementSet(T other) {
        Set<T> set = new HashSet<>();
        set.add(other);
        set.add(null);
        return set;
    }

    private static Gen<Object> badInseeCode() {
        return anyOf(constant(NULL), elements("", "3818", "381850", "ABCDE", "38 185", "2C001", "38185\n"),
                Gens.hostileStrings().filter(s -> !s.matches(Constraints.INSEE_CODE)));
    }

    private static Gen<Object> badRoles() {
        return anyOf(constant(NULL), constant(Set.of()), constant(nullElementSet(MemberRole.HELPER)));
    }

    private static Gen<Object> badRadius() {
        return anyOf(doubles(-1e6, 0.0999), doubles(100.0001, 1e9),
                elements(0.0, -0.0, 0.09999, 100.00001, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        Double.NaN));
    }

    private static Gen<Object> badCapacity() {
        return anyOf(integers(Integer.MIN_VALUE, 0), integers(21, Integer.MAX_VALUE));
    }

    private static Gen<Object> badYearOfBirth() {
        return anyOf(constant(NULL), integers(Integer.MIN_VALUE, 1899).map(Optional::of),
                integers(2101, Integer.MAX_VALUE).map(Optional::of));
    }

    private static Gen<Object> missing() {
        return constant(NULL).map(v -> (Object) v);
    }

    private static Map<String, Gen<?>> breakers(Object... nameThenGen) {
        Map<String, Gen<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenGen.length; i += 2) {
            map.put((String) nameThenGen[i], (Gen<?>) nameThenGen[i + 1]);
        }
        return map;
    }

    // ------------------------------------------------------------------ the commands

    private static final Actor MODERATOR = Actor.moderator(World.GRENOBLE_ID, "mod-grenoble");

    static List<CommandCase<?>> commands() {
        List<CommandCase<?>> all = new ArrayList<>();
        all.add(new CommandCase<>(RegisterMember.class, n -> Gen.zip(
                Gen.zip(names(80), emails(), Pair::new), Gen.zip(phones(), inseeCodes(), Pair::new),
                (nameEmail, phoneInsee) -> new RegisterMember(G, nameEmail.first(), nameEmail.second(),
                        phoneInsee.first(), "fr", phoneInsee.second(), Optional.empty(), Set.of(MemberRole.HELPER),
                        Optional.of(1980), true, true, World.CONSENT_VERSION)),
                breakers("territoryId", badIdentifier(), "displayName", badText(Constraints.MAX_NAME, false, false),
                        "email", badEmail(), "phone", badPhone(), "language", badLanguage(),
                        "inseeCode", badInseeCode(), "point", missing(), "roles", badRoles(),
                        "yearOfBirth", badYearOfBirth(), "acceptsTerms", constant(false),
                        "consentTextVersion", badVersion()),
                List.of(new Call<>("members.register by the system",
                                (n, c) -> n.entraide().members().register(World.SYSTEM, c)),
                        new Call<>("members.register by a moderator",
                                (n, c) -> n.entraide().members().register(MODERATOR, c)))));
        all.add(new CommandCase<>(UpdateProfile.class, n -> Gen.zip(Gen.zip(names(80), phones(), Pair::new),
                Gen.zip(points(), roles(), Pair::new),
                (namePhone, pointRoles) -> new UpdateProfile(G, n.beneficiary.id().value(), namePhone.first(),
                        n.beneficiary.email(), namePhone.second(), "en", GrenobleFixture.MEYLAN, pointRoles.first(),
                        pointRoles.second())),
                breakers("territoryId", badIdentifier(), "memberId", badIdentifier(),
                        "displayName", badText(Constraints.MAX_NAME, false, false), "email", badEmail(),
                        "phone", badPhone(), "language", badLanguage(), "inseeCode", badInseeCode(),
                        "point", missing(), "roles", badRoles()),
                List.of(new Call<>("members.updateProfile",
                        (n, c) -> n.entraide().members().updateProfile(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(RecordConsent.class, n -> Gen.zip(Gens.enumValues(ConsentPurpose.class), booleans(),
                (purpose, granted) -> new RecordConsent(G, n.beneficiary.id().value(), purpose, "v2", granted)),
                breakers("territoryId", badIdentifier(), "memberId", badIdentifier(), "purpose", missing(),
                        "textVersion", badVersion()),
                List.of(new Call<>("members.recordConsent",
                        (n, c) -> n.entraide().members().recordConsent(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(MemberRef.class, n -> constant(new MemberRef(G, n.beneficiary.id().value())),
                breakers("territoryId", badIdentifier(), "memberId", badIdentifier()),
                List.of(new Call<>("members.view", (n, c) -> n.entraide().members().view(World.actor(n.beneficiary), c)),
                        new Call<>("privacy.export",
                                (n, c) -> n.entraide().privacy().export(World.actor(n.beneficiary), c)),
                        new Call<>("privacy.erase",
                                (n, c) -> n.entraide().privacy().erase(World.actor(n.beneficiary), c)),
                        new Call<>("moderation.auditConcerning",
                                (n, c) -> n.entraide().moderation().auditConcerning(MODERATOR, c)))));
        all.add(new CommandCase<>(VerifyHelper.class, n -> booleans().map(v -> new VerifyHelper(G,
                n.helper.id().value(), v)),
                breakers("territoryId", badIdentifier(), "memberId", badIdentifier()),
                List.of(new Call<>("members.verifyHelper", (n, c) -> n.entraide().members().verifyHelper(MODERATOR, c)))));
        all.add(new CommandCase<>(PublishOffer.class, n -> Gen.zip(Gen.zip(availabilities(), languageCodes(1),
                Pair::new), Gen.zip(integers(1, 20), texts(), Pair::new),
                (availabilityLanguages, capacityText) -> new PublishOffer(G, n.helper.id().value(), "groceries", 2.5,
                        availabilityLanguages.first(), availabilityLanguages.second(), capacityText.first(),
                        capacityText.second())),
                breakers("territoryId", badIdentifier(), "helperId", badIdentifier(), "categoryId", badIdentifier(),
                        "radiusKm", badRadius(), "availability", missing(), "languages", badLanguages(false),
                        "capacity", badCapacity(), "freeText", badText(Constraints.MAX_FREE_TEXT, true, true)),
                List.of(new Call<>("offers.publish", (n, c) -> n.entraide().offers().publish(World.actor(n.helper), c)))));
        all.add(new CommandCase<>(UpdateOffer.class, n -> Gen.zip(Gen.zip(availabilities(), languageCodes(1),
                Pair::new), Gen.zip(integers(3, 20), texts(), Pair::new),
                (availabilityLanguages, capacityText) -> new UpdateOffer(G, n.offer.id().value(), 12,
                        availabilityLanguages.first(), availabilityLanguages.second(), capacityText.first(),
                        capacityText.second())),
                breakers("territoryId", badIdentifier(), "offerId", badIdentifier(), "radiusKm", badRadius(),
                        "availability", missing(), "languages", badLanguages(false), "capacity", badCapacity(),
                        "freeText", badText(Constraints.MAX_FREE_TEXT, true, true)),
                List.of(new Call<>("offers.update", (n, c) -> n.entraide().offers().update(World.actor(n.helper), c)))));
        all.add(new CommandCase<>(OfferRef.class, n -> elements(new OfferRef(G, n.offer.id().value()),
                new OfferRef(G, n.paused.id().value())),
                breakers("territoryId", badIdentifier(), "offerId", badIdentifier()),
                List.of(new Call<>("offers.pause", (n, c) -> n.entraide().offers().pause(World.actor(n.helper), c)),
                        new Call<>("offers.resume", (n, c) -> n.entraide().offers().resume(World.actor(n.helper), c)),
                        new Call<>("offers.withdraw",
                                (n, c) -> n.entraide().offers().withdraw(World.actor(n.helper), c)),
                        new Call<>("offers.find", (n, c) -> n.entraide().offers().find(World.actor(n.helper), c)))));
        all.add(new CommandCase<>(FileRequest.class, n -> Gen.zip(Gen.zip(texts(), inseeCodes(), Pair::new),
                Gen.zip(Gens.enumValues(Urgency.class), optionals(elements(
                        new OnBehalfOf("Madeleine", ProxyRelationship.RELATIVE, false),
                        new OnBehalfOf("Marcel", ProxyRelationship.SOCIAL_WORKER, false))), Pair::new),
                (textInsee, urgencyOnBehalf) -> new FileRequest(G, n.beneficiary.id().value(), "groceries",
                        textInsee.first(), textInsee.second(), Optional.empty(), Timing.asSoonAsPossible(),
                        urgencyOnBehalf.first(), Set.of(), urgencyOnBehalf.second(), false)),
                breakers("territoryId", badIdentifier(), "requesterId", badIdentifier(), "categoryId", badIdentifier(),
                        "freeText", badText(Constraints.MAX_FREE_TEXT, true, false), "inseeCode", badInseeCode(),
                        "point", missing(), "timing", missing(), "urgency", missing(),
                        "languages", badLanguages(true), "onBehalfOf", badOnBehalfOf()),
                List.of(new Call<>("requests.file",
                        (n, c) -> n.entraide().requests().file(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(RequestRef.class, n -> constant(new RequestRef(G, n.open.id().value())),
                breakers("territoryId", badIdentifier(), "requestId", badIdentifier()),
                List.of(new Call<>("requests.cancel",
                                (n, c) -> n.entraide().requests().cancel(World.actor(n.beneficiary), c)),
                        new Call<>("requests.find",
                                (n, c) -> n.entraide().requests().find(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(MatchRequest.class, n -> integers(1, 50).map(limit -> new MatchRequest(G,
                n.open.id().value(), limit)),
                breakers("territoryId", badIdentifier(), "requestId", badIdentifier(),
                        "limit", anyOf(integers(Integer.MIN_VALUE, 0), integers(51, Integer.MAX_VALUE))),
                List.of(new Call<>("matching.match",
                        (n, c) -> n.entraide().matching().match(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(AssignOpenRequests.class, n -> constant(new AssignOpenRequests(G)),
                breakers("territoryId", badIdentifier()),
                List.of(new Call<>("matching.assignOpenRequests",
                        (n, c) -> n.entraide().matching().assignOpenRequests(World.SYSTEM, c)))));
        all.add(new CommandCase<>(EditRequest.class, n -> texts().map(text -> new EditRequest(G,
                n.open.id().value(), text)),
                breakers("territoryId", badIdentifier(), "requestId", badIdentifier(),
                        "freeText", badText(Constraints.MAX_FREE_TEXT, true, false)),
                List.of(new Call<>("requests.edit",
                        (n, c) -> n.entraide().requests().edit(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(ProposeIntroduction.class, n -> constant(new ProposeIntroduction(G,
                n.open.id().value(), n.offer.id().value())),
                breakers("territoryId", badIdentifier(), "requestId", badIdentifier(), "offerId", badIdentifier()),
                List.of(new Call<>("introductions.propose by the beneficiary",
                                (n, c) -> n.entraide().introductions().propose(World.actor(n.beneficiary), c)),
                        new Call<>("introductions.propose by the system",
                                (n, c) -> n.entraide().introductions().propose(World.SYSTEM, c)))));
        all.add(new CommandCase<>(IntroductionRef.class, n -> constant(new IntroductionRef(G,
                n.proposed.id().value())),
                breakers("territoryId", badIdentifier(), "introductionId", badIdentifier()),
                List.of(new Call<>("introductions.accept",
                                (n, c) -> n.entraide().introductions().accept(World.actor(n.helper), c)),
                        new Call<>("introductions.decline",
                                (n, c) -> n.entraide().introductions().decline(World.actor(n.helper), c)),
                        new Call<>("introductions.cancel",
                                (n, c) -> n.entraide().introductions().cancel(World.actor(n.beneficiary), c)),
                        new Call<>("introductions.view",
                                (n, c) -> n.entraide().introductions().view(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(ConfirmCompletion.class, n -> Gen.zip(booleans(), oneOf(constant(""), texts()),
                (renew, feedback) -> new ConfirmCompletion(G, n.accepted.id().value(), renew, feedback)),
                breakers("territoryId", badIdentifier(), "introductionId", badIdentifier(),
                        "feedback", badText(ConfirmCompletion.MAX_FEEDBACK, true, true)),
                List.of(new Call<>("introductions.confirmCompletion",
                        (n, c) -> n.entraide().introductions().confirmCompletion(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(CreateTerritory.class, n -> names(120).map(name -> new CreateTerritory("voiron",
                name, List.of(new Commune("38563", "Voiron", GeoPoint.of(45.3642, 5.5898), 20_000)),
                CategoryCatalogue.defaults(), TerritorySettings.defaults())),
                breakers("territoryId", badIdentifier(), "name", badText(120, false, false),
                        "communes", anyOf(constant(NULL), constant(List.of()),
                                constant(Arrays.asList(GrenobleFixture.communes().get(0), null))),
                        "catalogue", missing(), "settings", missing()),
                List.of(new Call<>("territories.create", (n, c) -> n.entraide().territories().create(World.ADMIN, c)))));
        all.add(new CommandCase<>(ConfigureTerritory.class, n -> Gens.enumValues(IntroductionMode.class).map(mode ->
                new ConfigureTerritory(G, TerritorySettings.defaults().withIntroductionMode(mode)
                        .withProposalExpiry(Duration.ofHours(24)))),
                breakers("territoryId", badIdentifier(), "settings", missing()),
                List.of(new Call<>("territories.configure",
                        (n, c) -> n.entraide().territories().configure(World.ADMIN, c)))));
        all.add(new CommandCase<>(ReportContent.class, n -> Gen.zip(Gens.enumValues(ReportReason.class),
                oneOf(constant(""), texts()),
                (reason, comment) -> new ReportContent(G, n.beneficiary.id().value(), ModerationSubject.Kind.OFFER,
                        n.offer.id().value(), reason, comment)),
                breakers("territoryId", badIdentifier(), "reporterId", badIdentifier(), "subjectKind", missing(),
                        "subjectId", badIdentifier(), "reason", missing(),
                        "comment", badText(Constraints.MAX_FREE_TEXT, true, true)),
                List.of(new Call<>("moderation.report",
                        (n, c) -> n.entraide().moderation().report(World.actor(n.beneficiary), c)))));
        all.add(new CommandCase<>(QueueQuery.class, n -> Gen.zip(optionals(Gens.enumValues(CaseStatus.class)),
                Gen.zip(optionals(Gens.enumValues(ModerationSubject.Kind.class)),
                        optionals(Gens.enumValues(CaseOrigin.class)), Pair::new),
                (status, kindOrigin) -> new QueueQuery(G, status, kindOrigin.first(), kindOrigin.second())),
                breakers("territoryId", badIdentifier(), "status", missing(), "kind", missing(), "origin", missing()),
                List.of(new Call<>("moderation.queue", (n, c) -> n.entraide().moderation().queue(MODERATOR, c)))));
        all.add(new CommandCase<>(DecideCase.class, n -> Gen.zip(Gens.enumValues(ModerationAction.class),
                elements("no-breach", "paid-help", "spam"),
                (action, reason) -> new DecideCase(G, n.reported.id().value(), action, reason)),
                breakers("territoryId", badIdentifier(), "caseId", badIdentifier(), "action", missing(),
                        "reasonCode", badIdentifier()),
                List.of(new Call<>("moderation.decide", (n, c) -> n.entraide().moderation().decide(MODERATOR, c)))));
        all.add(new CommandCase<>(SanctionMember.class, n -> Gen.zip(elements(ModerationAction.SUSPEND,
                ModerationAction.BAN, ModerationAction.REINSTATE), elements("harassment", "paid-help"),
                (action, reason) -> new SanctionMember(G, n.other.id().value(), action, reason)),
                breakers("territoryId", badIdentifier(), "memberId", badIdentifier(), "action", missing(),
                        "reasonCode", badIdentifier()),
                List.of(new Call<>("moderation.sanction",
                        (n, c) -> n.entraide().moderation().sanction(MODERATOR, c)))));
        all.add(new CommandCase<>(AuditQuery.class, n -> integers(1, 90).map(days -> new AuditQuery(G,
                World.START.minus(Duration.ofDays(days)), World.START.plus(Duration.ofDays(days)))),
                breakers("territoryId", badIdentifier(), "from", missing(), "to", missing()),
                List.of(new Call<>("moderation.auditTrail",
                        (n, c) -> n.entraide().moderation().auditTrail(MODERATOR, c)))));
        all.add(new CommandCase<>(StatisticsQuery.class, n -> integers(1, 365).map(days -> new StatisticsQuery(G,
                World.START, World.START.plus(Duration.ofDays(days)))),
                breakers("territoryId", badIdentifier(), "from", missing(), "to", missing()),
                List.of(new Call<>("statistics.compute", (n, c) -> n.entraide().statistics().compute(MODERATOR, c)),
                        new Call<>("statistics.compute by the system",
                                (n, c) -> n.entraide().statistics().compute(World.SYSTEM, c)))));
        all.add(new CommandCase<>(SendAppeal.class, n -> Gen.zip(Gen.zip(texts(), texts(), Pair::new),
                Gen.zip(optionals(elements("groceries", "conversation")), oneOf(
                        constant(new Pair<Set<String>, Optional<GeoCircle>>(Set.of(), Optional.empty())),
                        sets(inseeCodes(), 1, 3).map(c -> new Pair<Set<String>, Optional<GeoCircle>>(c, Optional.empty())),
                        doubles(0.1, 100).map(r -> new Pair<Set<String>, Optional<GeoCircle>>(Set.of(),
                                Optional.of(new GeoCircle(GeoPoint.of(45.18, 5.72), r))))), Pair::new),
                (texts, filters) -> new SendAppeal(G, texts.first(), texts.second(), filters.first(),
                        filters.second().first(), filters.second().second())),
                breakers("territoryId", badIdentifier(), "textFr", badText(SendAppeal.MAX_TEXT, true, false),
                        "textEn", badText(SendAppeal.MAX_TEXT, true, false),
                        "categoryId", anyOf(missing(), anyOf(constant(""), strings(LETTERS, 65, 100),
                                strings(LETTERS + " /@é#", 1, 20).filter(x -> !x.matches(Constraints.IDENTIFIER)))
                                .map(Optional::of)),
                        "communes", anyOf(missing(), constant(Set.of("3818")), constant(nullElementSet("38185")),
                                constant(IntStream.range(0, 501).mapToObj(i -> String.format("%05d", i))
                                        .collect(Collectors.toSet()))),
                        "within", missing()),
                List.of(new Call<>("appeals.send", (n, c) -> n.entraide().appeals().send(MODERATOR, c)))));
        return all;
    }

    // ------------------------------------------------------------------ the properties

    @ParameterizedTest(name = "invalid {0} commands are refused and change nothing")
    @MethodSource("commands")
    <C extends Record> void invalidCommandsAreRefusedWithTheirViolationsAndChangeNothing(CommandCase<C> command) {
        Neighbourhood n = new Neighbourhood();
        Gen<Pair<Broken<C>, Call<C>>> cases = Gens.pairs(broken(command.valid().apply(n), command.breakers()),
                elements(command.calls()));

        Property.forAll(cases).named("invalid " + command + " commands are refused").check(pair -> {
            Broken<C> broken = pair.first();
            List<Object> before = n.world.snapshot();

            Throwable thrown = catchThrowable(() -> pair.second().run().accept(n, broken.command()));

            assertThat(thrown).as("%s with %s broken: %s", pair.second(), broken.broken(), escaped(broken.command()))
                    .isInstanceOf(InvalidCommandException.class);
            List<Violation> violations = ((InvalidCommandException) thrown).violations();
            assertThat(violations.stream().map(v -> topLevel(v.property())).collect(Collectors.toSet()))
                    .as("the properties named by the violations").isEqualTo(broken.broken());
            for (Violation v : violations) {
                assertThat(v.message(Locale.FRENCH)).as("French message of %s", v).isNotBlank();
                assertThat(v.message(Locale.ENGLISH)).as("English message of %s", v).isNotBlank();
            }
            assertThat(violations).anySatisfy(v ->
                    assertThat(v.message(Locale.FRENCH)).isNotEqualTo(v.message(Locale.ENGLISH)));
            Snapshots.assertUnchanged(before, n.world.snapshot());
        });
    }

    @ParameterizedTest(name = "valid {0} commands pass validation")
    @MethodSource("commands")
    <C extends Record> void theValidCommandsTheBreakersStartFromAreValid(CommandCase<C> command) {
        Neighbourhood n = new Neighbourhood();
        io.github.entraide.internal.CommandValidator validator = new io.github.entraide.internal.CommandValidator();
        Property.forAll(command.valid().apply(n)).tries(200).check(valid ->
                assertThat(catchThrowable(() -> validator.validate(valid))).as("%s", valid).isNull());
    }

    @Test
    void everyCommandRecordIsCovered() {
        Set<String> records = CommandRecords.simpleNames();
        Set<String> covered = commands().stream().map(c -> c.type().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(records).hasSize(25);
    }

    @Test
    void everyBreakableFieldOfEveryCommandIsBroken() {
        for (CommandCase<?> command : commands()) {
            Set<String> components = Arrays.stream(command.type().getRecordComponents())
                    .filter(c -> c.getType() != boolean.class || c.getName().equals("acceptsTerms"))
                    .map(RecordComponent::getName).collect(Collectors.toSet());
            assertThat(command.breakers().keySet()).as("%s", command).isEqualTo(components);
        }
    }

    /** A command's text with invisible and control characters escaped, for failure messages. */
    private static String escaped(Object command) {
        StringBuilder out = new StringBuilder();
        String text = String.valueOf(command);
        text.codePoints().limit(2000).forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u%04X", cp));
            }
        });
        return out.toString();
    }

    /** The top-level property of a violation's path: {@code languages[].<iterable element>} → {@code languages}. */
    private static String topLevel(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return path.substring(0, end);
    }

    /** A valid command with one to three fields broken. */
    private static <C extends Record> Gen<Broken<C>> broken(Gen<C> valid, Map<String, Gen<?>> breakers) {
        List<String> names = List.copyOf(breakers.keySet());
        Gen<Set<String>> which = sets(elements(names), 1, Math.min(3, names.size()));
        return valid.flatMap(base -> which.flatMap(chosen -> {
            Gen<Map<String, Object>> values = constant(Map.of());
            for (String name : new TreeSet<>(chosen)) {
                Gen<?> breaker = breakers.get(name);
                values = values.flatMap(sofar -> breaker.map(value -> {
                    Map<String, Object> more = new LinkedHashMap<>(sofar);
                    more.put(name, value);
                    return more;
                }));
            }
            return values.map(replacements -> new Broken<>(with(base, replacements), Set.copyOf(chosen)));
        }));
    }

    /** A copy of a record with some components replaced ({@link Null#NULL} for null). */
    @SuppressWarnings("unchecked")
    private static <C extends Record> C with(C base, Map<String, Object> replacements) {
        try {
            RecordComponent[] components = base.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            Set<String> unused = new HashSet<>(replacements.keySet());
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                if (replacements.containsKey(name)) {
                    Object value = replacements.get(name);
                    args[i] = value == NULL ? null : value;
                    unused.remove(name);
                } else {
                    args[i] = components[i].getAccessor().invoke(base);
                }
            }
            if (!unused.isEmpty()) {
                throw new IllegalArgumentException(base.getClass().getSimpleName() + " has no " + unused);
            }
            Constructor<C> constructor = (Constructor<C>) base.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
