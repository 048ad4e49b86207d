package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.statistics.TerritoryStatistics;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.service.ContactCard;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's pages. Each handler reads the request, calls Entraide's use cases with the
 * signed-in {@link Actor}, and renders the result through {@link Layout} and {@link Html}; a
 * refused use case is shown next to its form in the visitor's language. Thread-safe.
 */
final class PortalPages {
    static final String CONSENT_VERSION = "2026-11";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    private static final Map<String, String> MEMBER_LABELS = Map.of("displayName", "field.name", "email", "field.email",
            "phone", "field.phone", "language", "field.language", "inseeCode", "field.commune", "roles", "field.roles",
            "acceptsTerms", "field.terms");
    private static final Map<String, String> OFFER_LABELS = Map.of("categoryId", "field.category", "radiusKm",
            "field.radius", "languages", "field.languages", "capacity", "field.capacity", "freeText", "field.offertext");
    private static final Map<String, String> REQUEST_LABELS = Map.of("categoryId", "field.category", "freeText",
            "field.requesttext", "inseeCode", "field.commune", "urgency", "field.urgency", "onBehalfOf",
            "field.behalf.name", "languages", "field.languages");
    private static final Map<String, String> LANGUAGES = languages();
    private static final Set<String> DONE = Set.of("signup", "offer", "offer-review", "proposed", "accepted",
            "declined", "reported", "decided", "erased", "offer-updated", "offer-withdrawn", "request-updated",
            "request-review", "request-cancelled", "confirmed", "completed", "appeals");

    private final DemoPlatform platform;
    private final Entraide entraide;
    private final Territory territory;
    private final String t;
    private final String baseUrl;
    /** Editing and withdrawing one's offers. */
    final OfferEditPages offerEdits;
    /** Editing and cancelling one's requests, and the mark of a weekly request. */
    final RequestEditPages requestEdits;
    /** Confirming that help was given. */
    final CompletionPages completions;
    /** The moderators' dead letters. */
    final DeadLetterPages deadLetters;
    /** Crisis appeals, and the one-click opt-out. */
    final AppealPages appeals;

    PortalPages(DemoPlatform platform, Territory territory, String baseUrl) {
        this.platform = platform;
        this.entraide = platform.entraide();
        this.territory = territory;
        this.t = territory.id().value();
        this.baseUrl = baseUrl;
        this.offerEdits = new OfferEditPages(this, entraide, territory);
        this.requestEdits = new RequestEditPages(this, entraide, territory);
        this.completions = new CompletionPages(this, entraide, territory);
        this.deadLetters = new DeadLetterPages(platform);
        this.appeals = new AppealPages(this, platform, territory);
    }

    /** Thrown by a handler to send the visitor elsewhere. */
    static final class Redirect extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        Redirect(String path) {
            super(path, null, false, false);
            this.path = path;
        }
    }

    // ----------------------------------------------------------------------------- home

    void home(Exchange x) throws IOException {
        Stats s = stats();
        Html body = Html.of("""
                {}<p>{}</p>
                <div class="card"><h2>{}</h2><p>{}</p><p><a href="/signup">{}</a> · <a href="/offers/new">{}</a></p></div>
                <div class="card"><h2>{}</h2><p>{}</p><p><a href="/requests/new">{}</a></p></div>
                <h2>{}</h2>
                <ul><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li></ul>
                <p class="hint">{}</p>
                """, done(x), x.t("home.intro"), x.t("home.help.title"), x.t("home.help.text"), x.t("nav.signup"), x.t("nav.offer"),
                x.t("home.ask.title"), x.t("home.ask.text"), x.t("nav.ask"), x.t("home.figures"), x.t("stats.helpers"),
                count(x, s.helpers()), x.t("stats.offers"), count(x, s.offers()), x.t("stats.introductions"),
                count(x, s.introductions()), x.t("home.demo"));
        x.html(200, Layout.page(x, x.t("home.title"), body));
    }

    // ----------------------------------------------------------------------------- sign-in

    void signinForm(Exchange x) throws IOException {
        signinPage(x, 200, List.of());
    }

    private void signinPage(Exchange x, int status, List<String> errors) throws IOException {
        String next = x.query("next").filter(Paths::isLocal).orElse("");
        Map<String, String> members = new LinkedHashMap<>();
        entraide.storage().inTransaction(tx -> tx.members().all(territory.id())).stream()
                .filter(Member::isActive)
                .sorted(Comparator.comparing((Member m) -> m.displayName().toLowerCase(Locale.ROOT)))
                .limit(500)
                .forEach(m -> members.put(m.id().value(), m.displayName() + " (" + communeName(m.location().inseeCode())
                        + ")"));
        Html hiddenNext = Html.of("<input type=\"hidden\" name=\"next\" value=\"{}\">", next);
        Html body = Html.of("""
                {}<p>{}</p>
                <form method="post" action="/signin">{}{}<input type="hidden" name="as" value="member">{}
                <button type="submit">{}</button></form>
                <form method="post" action="/signin">{}{}<input type="hidden" name="as" value="moderator">
                <button type="submit" class="secondary">{}</button></form>
                <form method="post" action="/signin">{}{}<input type="hidden" name="as" value="admin">
                <button type="submit" class="secondary">{}</button></form>
                """, Layout.errors(x, errors), x.t("signin.intro"), Layout.csrf(x), hiddenNext,
                Layout.select(x, "member", "signin.member", members, ""), x.t("signin.as.member"), Layout.csrf(x),
                hiddenNext, x.t("signin.as.moderator"), Layout.csrf(x), hiddenNext, x.t("signin.as.admin"));
        x.html(status, Layout.page(x, x.t("signin.title"), body));
    }

    void signin(Exchange x) throws IOException {
        Sessions.Session session = x.ensureSession();
        String as = x.paramOr("as", "");
        switch (as) {
            case "moderator" -> session.signIn(Actor.moderator(territory.id(), "demo-moderator"));
            case "admin" -> session.signIn(Actor.administrator("demo-admin"));
            default -> {
                Optional<MemberId> id = memberId(x.paramOr("member", ""));
                Optional<Member> member = id.flatMap(i -> entraide.storage().inTransaction(
                        tx -> tx.members().find(territory.id(), i)));
                if (member.isEmpty() || !member.get().isActive()) {
                    signinPage(x, 400, List.of(x.t("signin.unknown")));
                    return;
                }
                session.signIn(Actor.member(territory.id(), member.get().id()));
            }
        }
        String next = x.param("next").filter(Paths::isLocal).orElse("/");
        throw new Redirect(next.isEmpty() ? "/" : next);
    }

    void signout(Exchange x) {
        x.session().ifPresent(Sessions.Session::signOut);
        throw new Redirect("/");
    }

    // ----------------------------------------------------------------------------- sign-up

    void signupForm(Exchange x) throws IOException {
        signupPage(x, 200, List.of());
    }

    private void signupPage(Exchange x, int status, List<String> errors) throws IOException {
        boolean posted = "POST".equals(x.method());
        Set<String> roles = posted ? new LinkedHashSet<>(x.params("role")) : Set.of("HELPER");
        Html body = Html.of("""
                {}<p>{}</p>
                <form method="post" action="/signup" novalidate>{}
                {}{}{}{}{}
                <fieldset><legend>{}</legend>{}{}</fieldset>
                {}{}{}
                <button type="submit">{}</button></form>
                """, Layout.errors(x, errors), x.t("signup.intro"), Layout.csrf(x),
                Layout.input(x, "name", "text", "field.name", x.paramOr("name", ""), true, " autocomplete=\"given-name\" maxlength=\"80\""),
                Layout.input(x, "email", "email", "field.email", x.paramOr("email", ""), true, " autocomplete=\"email\""),
                Layout.input(x, "phone", "tel", "field.phone", x.paramOr("phone", ""), false, " autocomplete=\"tel\""),
                Layout.select(x, "language", "field.language", Map.of("fr", "Français", "en", "English"),
                        x.paramOr("language", x.lang())),
                Layout.select(x, "commune", "field.commune", communes(), x.paramOr("commune", "38185")),
                x.t("field.roles"),
                Layout.checkbox(x, "role-helper", "role", "HELPER", "field.role.helper", roles.contains("HELPER")),
                Layout.checkbox(x, "role-beneficiary", "role", "BENEFICIARY", "field.role.beneficiary",
                        roles.contains("BENEFICIARY")),
                Layout.checkbox(x, "terms", "terms", "yes", "field.terms", x.checked("terms")),
                Layout.checkbox(x, "sharing", "sharing", "yes", "field.sharing", !posted || x.checked("sharing")),
                Layout.checkbox(x, "appeals", "appeals", "yes", "field.appeals", posted && x.checked("appeals")),
                x.t("signup.submit"));
        x.html(status, Layout.page(x, x.t("signup.title"), body));
    }

    void signup(Exchange x) throws IOException {
        Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
        for (String r : x.params("role")) {
            for (MemberRole role : MemberRole.values()) {
                if (role.name().equals(r)) {
                    roles.add(role);
                }
            }
        }
        Optional<String> phone = x.param("phone").filter(p -> !p.isBlank());
        RegisterMember command = new RegisterMember(t, x.paramOr("name", ""), x.paramOr("email", ""), phone,
                x.paramOr("language", x.lang()), x.paramOr("commune", ""), Optional.empty(), roles, Optional.empty(),
                x.checked("terms"), x.checked("sharing"), CONSENT_VERSION);
        MemberView member;
        try {
            member = entraide.members().register(Actor.system(), command);
        } catch (EntraideException e) {
            signupPage(x, 400, Layout.messages(x, e, MEMBER_LABELS));
            return;
        }
        if (AppealPages.wanted(x) && roles.contains(MemberRole.HELPER)) {
            entraide.members().recordConsent(Actor.member(member.territoryId(), member.id()), RecordConsent.grant(t,
                    member.id().value(), ConsentPurpose.CRISIS_APPEALS, CONSENT_VERSION));
        }
        x.ensureSession().signIn(Actor.member(member.territoryId(), member.id()));
        throw new Redirect(roles.contains(MemberRole.HELPER) ? "/offers/new?done=signup" : "/requests/new?done=signup");
    }

    // ----------------------------------------------------------------------------- offers

    void offerForm(Exchange x) throws IOException {
        offerPage(x, 200, List.of());
    }

    private void offerPage(Exchange x, int status, List<String> errors) throws IOException {
        Actor.Member me = requireMember(x);
        Member member = member(me);
        List<HelpOffer> mine = entraide.offers().mine(me);
        List<Html> rows = new ArrayList<>();
        for (HelpOffer o : mine) {
            rows.add(Html.of("<li>{} — {} — « {} »{}</li>", categoryName(x, o.categoryId()), x.t("status." + o.status().name()),
                    o.freeText(), o.status().isFinal() ? Html.EMPTY : Html.of(" — <a href=\"/offers/{}/edit\">{}</a>",
                            o.id().value(), x.t("offer.edit.link"))));
        }
        Set<String> langs = "POST".equals(x.method()) ? new LinkedHashSet<>(x.params("languages"))
                : Set.of(member.locale().getLanguage());
        List<Html> langBoxes = new ArrayList<>();
        LANGUAGES.forEach((code, name) -> langBoxes.add(Html.of(
                "<div class=\"check\"><input type=\"checkbox\" id=\"lang-{}\" name=\"languages\" value=\"{}\"{}><label for=\"lang-{}\" lang=\"{}\">{}</label></div>",
                code, code, Html.raw(langs.contains(code) ? " checked" : ""), code, code, name)));
        Html form = member.hasRole(MemberRole.HELPER) ? Html.of("""
                <p>{}</p>
                <form method="post" action="/offers" novalidate>{}
                {}{}{}
                <fieldset><legend>{}</legend>{}</fieldset>
                {}
                <button type="submit">{}</button></form>
                """, x.t("offer.intro"), Layout.csrf(x),
                Layout.select(x, "category", "field.category", categories(x), x.paramOr("category", "groceries")),
                Layout.input(x, "radius", "number", "field.radius", x.paramOr("radius", "3"), true,
                        " min=\"0.1\" max=\"100\" step=\"0.1\""),
                Layout.input(x, "capacity", "number", "field.capacity", x.paramOr("capacity", "1"), true,
                        " min=\"1\" max=\"20\""),
                x.t("field.languages"), Html.join(langBoxes),
                Layout.textarea(x, "text", "field.offertext", x.paramOr("text", ""), false), x.t("offer.submit"))
                : Html.of("<p>{}</p>", x.t("offer.helper.needed"));
        Html body = Html.of("{}{}{}<h2>{}</h2>{}", done(x), Layout.errors(x, errors), form, x.t("offer.mine"),
                rows.isEmpty() ? Html.of("<p>{}</p>", x.t("offer.none")) : Html.of("<ul>{}</ul>", Html.join(rows)));
        x.html(status, Layout.page(x, x.t("offer.title"), body));
    }

    void publishOffer(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        List<String> errors = new ArrayList<>();
        double radius = number(x, "radius", "field.radius", errors);
        double capacity = number(x, "capacity", "field.capacity", errors);
        if (!errors.isEmpty()) {
            offerPage(x, 400, errors);
            return;
        }
        PublishOffer command = new PublishOffer(t, me.memberId().value(), x.paramOr("category", ""), radius,
                WeeklyAvailability.always(), new LinkedHashSet<>(x.params("languages")),
                capacity > 1000 ? 1000 : (int) capacity, x.paramOr("text", ""));
        HelpOffer published;
        try {
            published = entraide.offers().publish(me, command);
        } catch (EntraideException e) {
            offerPage(x, 400, Layout.messages(x, e, OFFER_LABELS));
            return;
        }
        throw new Redirect(published.isPublished() ? "/offers/new?done=offer" : "/offers/new?done=offer-review");
    }

    // ----------------------------------------------------------------------------- requests

    void askForm(Exchange x) throws IOException {
        askPage(x, 200, List.of());
    }

    private void askPage(Exchange x, int status, List<String> errors) throws IOException {
        Actor.Member me = requireMember(x);
        Member member = member(me);
        List<Html> rows = new ArrayList<>();
        for (HelpRequest r : entraide.requests().mine(me)) {
            rows.add(Html.of("<li><a href=\"/requests/{}\">{} — {}</a> — {}{}</li>", r.id().value(),
                    categoryName(x, r.categoryId()), communeName(r.location().inseeCode()), x.t("status." + r.status().name()),
                    r.recurrence().isPresent() ? Html.concat(Html.raw(" — "), RequestEditPages.recurrence(x, r, "span"))
                            : Html.EMPTY));
        }
        Map<String, String> urgencies = new LinkedHashMap<>();
        for (Urgency u : Urgency.values()) {
            urgencies.put(u.name(), x.t("urgency." + u.name()));
        }
        Map<String, String> relationships = new LinkedHashMap<>();
        for (ProxyRelationship r : ProxyRelationship.values()) {
            relationships.put(r.name(), x.t("relationship." + r.name()));
        }
        Html form = member.hasRole(MemberRole.BENEFICIARY) ? Html.of("""
                <p>{}</p>
                <form method="post" action="/requests" novalidate>{}
                {}{}{}{}{}
                <fieldset><legend>{}</legend>{}{}{}{}</fieldset>
                <button type="submit">{}</button></form>
                """, x.t("ask.intro"), Layout.csrf(x),
                Layout.select(x, "category", "field.category", categories(x), x.paramOr("category", "groceries")),
                Layout.textarea(x, "text", "field.requesttext", x.paramOr("text", ""), true),
                Layout.select(x, "commune", "field.commune", communes(),
                        x.paramOr("commune", member.location().inseeCode())),
                Layout.select(x, "urgency", "field.urgency", urgencies, x.paramOr("urgency", "NORMAL")),
                Layout.checkbox(x, "weekly", "weekly", "yes", "field.weekly", x.checked("weekly")),
                x.t("field.behalf.legend"),
                Layout.checkbox(x, "behalf", "behalf", "yes", "field.behalf", x.checked("behalf")),
                Layout.input(x, "behalfName", "text", "field.behalf.name", x.paramOr("behalfName", ""), false,
                        " maxlength=\"80\""),
                Layout.select(x, "relationship", "field.behalf.relationship", relationships,
                        x.paramOr("relationship", "RELATIVE")),
                Layout.checkbox(x, "minor", "minor", "yes", "field.behalf.minor", x.checked("minor")),
                x.t("ask.submit"))
                : Html.of("<p>{}</p>", x.t("ask.beneficiary.needed"));
        Html body = Html.of("{}{}{}<h2>{}</h2>{}", done(x), Layout.errors(x, errors), form, x.t("request.mine"),
                rows.isEmpty() ? Html.of("<p>{}</p>", x.t("request.none")) : Html.of("<ul>{}</ul>", Html.join(rows)));
        x.html(status, Layout.page(x, x.t("ask.title"), body));
    }

    void fileRequest(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        Optional<OnBehalfOf> behalf = Optional.empty();
        if (x.checked("behalf")) {
            String name = x.paramOr("behalfName", "");
            if (name.isBlank()) {
                askPage(x, 400, List.of(x.t("behalf.name.missing")));
                return;
            }
            ProxyRelationship relationship = ProxyRelationship.RELATIVE;
            for (ProxyRelationship r : ProxyRelationship.values()) {
                if (r.name().equals(x.paramOr("relationship", ""))) {
                    relationship = r;
                }
            }
            behalf = Optional.of(new OnBehalfOf(name, relationship, x.checked("minor")));
        }
        Urgency urgency = Urgency.NORMAL;
        for (Urgency u : Urgency.values()) {
            if (u.name().equals(x.paramOr("urgency", ""))) {
                urgency = u;
            }
        }
        FileRequest command = new FileRequest(t, me.memberId().value(), x.paramOr("category", ""),
                x.paramOr("text", ""), x.paramOr("commune", ""), Optional.empty(), Timing.asSoonAsPossible(), urgency,
                Set.of(), behalf, x.checked("weekly"));
        HelpRequest filed;
        try {
            filed = entraide.requests().file(me, command);
        } catch (EntraideException e) {
            askPage(x, 400, Layout.messages(x, e, REQUEST_LABELS));
            return;
        }
        throw new Redirect("/requests/" + filed.id().value());
    }

    void request(Exchange x, String id) throws IOException {
        requestPage(x, id, 200, List.of());
    }

    private void requestPage(Exchange x, String id, int status, List<String> errors) throws IOException {
        Actor.Member me = requireMember(x);
        HelpRequest request = entraide.requests().find(me, new RequestRef(t, id));
        List<Html> intros = new ArrayList<>();
        for (IntroductionView v : entraide.introductions().mine(me)) {
            if (v.requestId().equals(request.id())) {
                intros.add(Html.of("<li>{}{} — {}</li>", x.t("intro.with"), v.counterpartName(),
                        x.t("status." + v.status().name())));
            }
        }
        Html candidates = request.status() == io.github.entraide.domain.RequestStatus.PENDING_REVIEW
                ? Layout.notice(x, "request.review") : Html.EMPTY;
        if (request.status() == io.github.entraide.domain.RequestStatus.OPEN) {
            List<Html> rows = new ArrayList<>();
            for (CandidateView c : platform.candidates(me, request, 10)) {
                rows.add(Html.of("""
                        <tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><form method="post" action="/requests/{}/propose">{}
                        <input type="hidden" name="offer" value="{}"><button type="submit">{}</button></form></td></tr>
                        """, c.helperFirstName(), c.communeName(), c.distance().label(Locale.forLanguageTag(x.lang())),
                        String.join(", ", new java.util.TreeSet<>(c.languages())), request.id().value(), Layout.csrf(x),
                        c.offerId().value(), x.t("request.propose").replace("{0}", c.helperFirstName())));
            }
            candidates = Html.of("<h2>{}</h2><p>{}</p>{}", x.t("request.candidates"), x.t("request.candidates.intro"),
                    rows.isEmpty() ? Html.of("<p>{}</p>", x.t("request.candidates.none")) : Html.of(
                            "<table><caption class=\"hint\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{}</tbody></table>",
                            x.t("request.candidates"), x.t("candidate.name"), x.t("candidate.commune"),
                            x.t("candidate.distance"), x.t("candidate.languages"), x.t("candidate.action"),
                            Html.join(rows)));
        }
        Html body = Html.of("""
                {}{}<div class="card"><p><strong>{}</strong> — {}</p><p>« {} »</p><p>{} : {}</p>{}{}</div>
                {}{}{}
                """, done(x), Layout.errors(x, errors), categoryName(x, request.categoryId()),
                communeName(request.location().inseeCode()), request.freeText(), x.t("request.status"),
                x.t("status." + request.status().name()),
                request.onBehalfOf().map(o -> Html.of("<p>{}{}</p>", x.t("request.behalf"), o.firstName())).orElse(Html.EMPTY),
                RequestEditPages.recurrence(x, request, "p"), requestEdits.actions(x, request),
                intros.isEmpty() ? Html.EMPTY : Html.of("<h2>{}</h2><ul>{}</ul>", x.t("nav.introductions"), Html.join(intros)),
                candidates);
        x.html(status, Layout.page(x, x.t("request.title"), body));
    }

    void propose(Exchange x, String requestId) throws IOException {
        Actor.Member me = requireMember(x);
        try {
            entraide.introductions().propose(me, new ProposeIntroduction(t, requestId, x.paramOr("offer", "")));
        } catch (NotAuthorizedException | io.github.entraide.NotFoundException e) {
            throw e;
        } catch (EntraideException e) {
            requestPage(x, requestId, 400, Layout.messages(x, e, Map.of()));
            return;
        }
        throw new Redirect("/requests/" + requestId + "?done=proposed");
    }

    // ----------------------------------------------------------------------------- introductions

    void introductions(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        List<IntroductionView> views = new ArrayList<>(entraide.introductions().mine(me));
        views.sort(Comparator.comparing(IntroductionView::proposedAt).reversed());
        List<Html> cards = new ArrayList<>();
        for (IntroductionView v : views) {
            boolean helper = v.viewerRole().map(r -> r == MemberRole.HELPER).orElse(false);
            Html answer = helper && v.status() == IntroductionStatus.PROPOSED ? Html.of("""
                    <form method="post" action="/introductions/{}/accept">{}<button type="submit">{}</button></form>
                    <form method="post" action="/introductions/{}/decline">{}<button type="submit" class="secondary">{}</button></form>
                    """, v.id().value(), Layout.csrf(x), x.t("intro.accept"), v.id().value(), Layout.csrf(x),
                    x.t("intro.decline")) : Html.EMPTY;
            cards.add(Html.of("""
                    <section class="card" id="intro-{}" aria-labelledby="intro-{}-title">
                    <h2 id="intro-{}-title">{} — {}</h2>
                    <p>{} · {}{} · {}{}</p>{}<p>{}« {} »</p>{}{}</section>
                    """, v.id().value(), v.id().value(), v.id().value(), categoryName(x, v.categoryId()),
                    x.t("status." + v.status().name()), x.t(helper ? "intro.you.helper" : "intro.you.beneficiary"),
                    x.t("intro.with"), v.counterpartName(), x.t("intro.where"), v.communeName(),
                    completions.weekly(v) ? Html.of("<p class=\"recurring\">{}</p>", x.t("field.weekly")) : Html.EMPTY,
                    x.t("intro.request"), v.requestText(), contact(x, v.contact()),
                    Html.concat(answer, completions.card(x, v), completions.completed(x, v), reportForm(x, v, helper))));
        }
        Html body = Html.of("{}{}", done(x), cards.isEmpty() ? Html.of("<p>{}</p>", x.t("intro.none")) : Html.join(cards));
        x.html(200, Layout.page(x, x.t("intro.title"), body));
    }

    private static Html contact(Exchange x, Optional<ContactCard> card) {
        if (card.isEmpty()) {
            return Html.of("<p class=\"hint\">{}</p>", x.t("intro.contact.hidden"));
        }
        ContactCard c = card.get();
        return Html.of("<div class=\"contact\"><h3>{}</h3><p>{}</p><p>{}<a href=\"mailto:{}\">{}</a></p>{}{}</div>",
                x.t("intro.contact"), c.name(), x.t("intro.contact.email"), c.email(), c.email(),
                c.phone().map(p -> Html.of("<p>{}{}</p>", x.t("intro.contact.phone"), p)).orElse(Html.EMPTY),
                c.onBehalfOf().map(o -> Html.of("<p>{}{}</p>", x.t("intro.contact.behalf"), o)).orElse(Html.EMPTY));
    }

    void answerForm(Exchange x, String id, boolean accept) throws IOException {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        String title = x.t(accept ? "intro.accept.title" : "intro.decline.title");
        if (!(actor instanceof Actor.Member member)) {
            String next = "/introductions/" + id + (accept ? "/accept" : "/decline");
            x.html(200, Layout.page(x, title, Html.of("<p>{}</p><p><a href=\"/signin?next={}\">{}</a></p>",
                    x.t("intro.signin.helper"), next, x.t("nav.signin"))));
            return;
        }
        IntroductionView v = entraide.introductions().view(member, new IntroductionRef(t, id));
        boolean helper = v.viewerRole().map(r -> r == MemberRole.HELPER).orElse(false);
        if (!helper) {
            throw new NotAuthorizedException(accept ? "introductions.accept" : "introductions.decline");
        }
        Html form = v.status() == IntroductionStatus.PROPOSED ? Html.of(
                "<p>{}</p><form method=\"post\" action=\"/introductions/{}/{}\">{}<button type=\"submit\">{}</button></form>",
                x.t(accept ? "intro.accept.text" : "intro.decline.text"), v.id().value(), accept ? "accept" : "decline",
                Layout.csrf(x), x.t(accept ? "intro.accept" : "intro.decline"))
                : Html.of("<p>{} : {}</p><p><a href=\"/introductions\">{}</a></p>", x.t("request.status"),
                        x.t("status." + v.status().name()), x.t("nav.introductions"));
        Html body = Html.of("<div class=\"card\"><p><strong>{}</strong> — {}</p><p>{}« {} »</p></div>{}",
                categoryName(x, v.categoryId()), v.communeName(), x.t("intro.request"), v.requestText(), form);
        x.html(200, Layout.page(x, title, body));
    }

    void answer(Exchange x, String id, boolean accept) {
        Actor.Member me = requireMember(x);
        IntroductionRef ref = new IntroductionRef(t, id);
        if (accept) {
            entraide.introductions().accept(me, ref);
        } else {
            entraide.introductions().decline(me, ref);
        }
        throw new Redirect("/introductions?done=" + (accept ? "accepted" : "declined") + "#intro-" + id);
    }

    // ----------------------------------------------------------------------------- mailbox

    void mailbox(Exchange x) throws IOException {
        Html content;
        if (platform.mailbox().isEmpty()) {
            content = Html.of("<p>{}</p>", x.t("mailbox.external").replace("{0}",
                    platform.config().smtpDescription()));
        } else {
            List<Html> mails = new ArrayList<>();
            for (Mailbox.Mail m : platform.mailbox().get().messages()) {
                mails.add(Html.of("""
                        <article class="card"><h2>{}</h2><p>{}{}<br>{}{}</p><pre>{}</pre></article>
                        """, m.subject(), x.t("mailbox.to"), m.to(), x.t("mailbox.date"), m.receivedAt().toString(),
                        linkify(m.text())));
            }
            content = Html.of("<p>{}</p><p><a href=\"/mailbox\">{}</a></p>{}", x.t("mailbox.intro"), x.t("mailbox.refresh"),
                    mails.isEmpty() ? Html.of("<p>{}</p>", x.t("mailbox.none")) : Html.join(mails));
        }
        x.html(200, Layout.page(x, x.t("mailbox.title"), content));
    }

    /** Escapes a mail's text and turns the portal's own links into anchors (never others'). */
    Html linkify(String text) {
        List<Html> parts = new ArrayList<>();
        Matcher m = URL.matcher(text);
        int from = 0;
        while (m.find()) {
            parts.add(Html.text(text.substring(from, m.start())));
            String url = m.group();
            parts.add(url.startsWith(baseUrl + "/") ? Html.of("<a href=\"{}\">{}</a>", url, url) : Html.text(url));
            from = m.end();
        }
        parts.add(Html.text(text.substring(from)));
        return Html.join(parts);
    }

    // ----------------------------------------------------------------------------- moderation, data

    void moderation(Exchange x) throws IOException {
        moderationPage(x, 200, List.of());
    }

    private void moderationPage(Exchange x, int status, List<String> errors) throws IOException {
        Actor moderator = requireModerator(x, "/moderation");
        List<ModerationCase> open = entraide.moderation().queue(moderator, QueueQuery.open(t));
        List<ModerationCase> decided = new ArrayList<>(entraide.moderation().queue(moderator,
                new QueueQuery(t, Optional.empty(), Optional.empty(), Optional.empty())));
        decided.removeIf(c -> c.decision().isEmpty());
        decided.sort(Comparator.comparing((ModerationCase c) -> c.decision().get().decidedAt()).reversed());
        Map<String, String> actions = new LinkedHashMap<>();
        for (ModerationAction a : List.of(ModerationAction.APPROVE, ModerationAction.REMOVE, ModerationAction.SUSPEND,
                ModerationAction.BAN)) {
            actions.put(a.name(), x.t("action." + a.name()));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String r : List.of("volunteer-only", "inappropriate", "spam", "safety", "no-problem")) {
            reasons.put(r, x.t("decision." + r));
        }
        List<Html> cards = new ArrayList<>();
        for (ModerationCase c : open) {
            String id = c.id().value();
            cards.add(Html.of("""
                    <section class="card" aria-labelledby="case-{}-title"><h2 id="case-{}-title">{} — {}{}</h2>
                    <p>{}{}</p><blockquote><p>{}</p></blockquote>{}{}
                    <form method="post" action="/moderation/{}/decide">{}{}{}<button type="submit">{}</button></form></section>
                    """, id, id, x.t("kind." + c.subject().kind().name()), x.t("origin." + c.origin().name()),
                    c.urgent() ? x.t("moderation.urgent") : "", x.t("moderation.reasons"),
                    String.join(", ", c.reasonCodes()), subjectText(moderator, c),
                    c.reportReason().map(r -> Html.of("<p>{}{}</p>", x.t("moderation.report"), x.t("report." + r.name())))
                            .orElse(Html.EMPTY),
                    c.comment().isBlank() ? Html.EMPTY : Html.of("<p>{}« {} »</p>", x.t("moderation.comment"), c.comment()),
                    id, Layout.csrf(x), selectNamed(x, "action", "action-" + id, "moderation.action", actions, "APPROVE"),
                    selectNamed(x, "reason", "reason-" + id, "moderation.reason", reasons, "volunteer-only"),
                    x.t("moderation.decide")));
        }
        List<Html> rows = new ArrayList<>();
        for (ModerationCase c : decided.subList(0, Math.min(20, decided.size()))) {
            var d = c.decision().get();
            rows.add(Html.of("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    x.t("kind." + c.subject().kind().name()), x.t("origin." + c.origin().name()),
                    x.t("action." + d.action().name()), d.reasonCode(), d.decidedAt().toString()));
        }
        Html body = Html.of("{}{}<p>{}</p>{}<h2>{} ({})</h2>{}<h2>{}</h2>{}", done(x), Layout.errors(x, errors),
                x.t("moderation.intro"), Html.join(List.of(AppealPages.link(x), DeadLetterPages.link(x))),
                x.t("moderation.open"), open.size(),
                cards.isEmpty() ? Html.of("<p>{}</p>", x.t("moderation.empty")) : Html.join(cards),
                x.t("moderation.decided"), rows.isEmpty() ? Html.of("<p>{}</p>", x.t("moderation.none")) : Html.of(
                        "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
                        + "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>"
                        + "<tbody>{}</tbody></table>", x.t("moderation.decided"), x.t("moderation.kind"),
                        x.t("moderation.origin"), x.t("moderation.action"), x.t("moderation.reason"),
                        x.t("moderation.when"), Html.join(rows)));
        x.html(status, Layout.page(x, x.t("moderation.title"), body));
    }

    private Html subjectText(Actor moderator, ModerationCase c) {
        try {
            return Html.text(switch (c.subject().kind()) {
                case OFFER -> entraide.offers().find(moderator, new OfferRef(t, c.subject().id())).freeText();
                case REQUEST -> entraide.requests().find(moderator, new RequestRef(t, c.subject().id())).freeText();
                case MEMBER -> entraide.members().view(moderator, new MemberRef(t, c.subject().id())).displayName();
            });
        } catch (EntraideException e) {
            return Html.text("—");
        }
    }

    private static Html selectNamed(Exchange x, String name, String id, String labelKey, Map<String, String> options,
            String selected) {
        List<Html> opts = new ArrayList<>();
        options.forEach((value, label) -> opts.add(Html.of("<option value=\"{}\"{}>{}</option>", value,
                Html.raw(value.equals(selected) ? " selected" : ""), label)));
        return Html.of("<label for=\"{}\">{}</label><select id=\"{}\" name=\"{}\">{}</select>", id, x.t(labelKey), id,
                name, Html.join(opts));
    }

    void decide(Exchange x, String caseId) throws IOException {
        Actor moderator = requireModerator(x, "/moderation");
        ModerationAction action = ModerationAction.APPROVE;
        for (ModerationAction a : ModerationAction.values()) {
            if (a.name().equals(x.paramOr("action", ""))) {
                action = a;
            }
        }
        try {
            entraide.moderation().decide(moderator, new DecideCase(t, caseId, action, x.paramOr("reason", "")));
        } catch (NotAuthorizedException | io.github.entraide.NotFoundException e) {
            throw e;
        } catch (EntraideException e) {
            moderationPage(x, 400, Layout.messages(x, e, Map.of("reasonCode", "moderation.reason")));
            return;
        }
        throw new Redirect("/moderation?done=decided");
    }

    void report(Exchange x) {
        Actor.Member me = requireMember(x);
        ModerationSubject.Kind kind = "REQUEST".equals(x.paramOr("kind", "")) ? ModerationSubject.Kind.REQUEST
                : ModerationSubject.Kind.OFFER;
        ReportReason reason = ReportReason.OTHER;
        for (ReportReason r : ReportReason.values()) {
            if (r.name().equals(x.paramOr("reason", ""))) {
                reason = r;
            }
        }
        entraide.moderation().report(me, new ReportContent(t, me.memberId().value(), kind, x.paramOr("subject", ""),
                reason, x.paramOr("comment", "")));
        throw new Redirect("/introductions?done=reported");
    }

    private Html reportForm(Exchange x, IntroductionView v, boolean helper) {
        String id = v.id().value();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ReportReason r : ReportReason.values()) {
            reasons.put(r.name(), x.t("report." + r.name()));
        }
        return Html.of("""
                <details><summary>{}</summary><form method="post" action="/report">{}
                <input type="hidden" name="kind" value="{}"><input type="hidden" name="subject" value="{}">
                {}<label for="comment-{}">{}</label><textarea id="comment-{}" name="comment" maxlength="2000"></textarea>
                <button type="submit" class="secondary">{}</button></form></details>
                """, x.t("report.title"), Layout.csrf(x), helper ? "REQUEST" : "OFFER",
                helper ? v.requestId().value() : v.offerId().value(),
                selectNamed(x, "reason", "reason-" + id, "report.reason", reasons, "PAYMENT"), id, x.t("report.comment"),
                id, x.t("report.send"));
    }

    void myData(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        MemberView v = entraide.members().view(me, new MemberRef(t, me.memberId().value()));
        Html body = Html.of("""
                {}<h2>{}</h2><table><tbody>
                <tr><th scope="row">{}</th><td>{}</td></tr><tr><th scope="row">{}</th><td>{}</td></tr>
                <tr><th scope="row">{}</th><td>{}</td></tr><tr><th scope="row">{}</th><td>{}</td></tr>
                </tbody></table>
                <h2>{}</h2><p>{}</p>
                <form method="post" action="/my-data/appeals">{}{}<button type="submit">{}</button></form>
                <h2>{}</h2><p>{}</p><p><a href="/my-data/export.json" download>{}</a></p>
                <h2>{}</h2><p>{}</p>
                <form method="post" action="/my-data/erase">{}{}<button type="submit">{}</button></form>
                """, done(x), x.t("mydata.profile"), x.t("field.name"), v.displayName(), x.t("field.email"), v.email(),
                x.t("field.phone"), v.phone().orElse("—"), x.t("field.commune"), communeName(v.inseeCode()),
                x.t("mydata.appeals.title"), x.t(appealsWanted(v) ? "mydata.appeals.on" : "mydata.appeals.off"),
                Layout.csrf(x), Layout.checkbox(x, "appeals", "appeals", "yes", "field.appeals", appealsWanted(v)),
                x.t("mydata.appeals.submit"),
                x.t("mydata.export.title"), x.t("mydata.export.text"), x.t("mydata.export.link"),
                x.t("mydata.erase.title"), x.t("mydata.erase.text"), Layout.csrf(x),
                Layout.checkbox(x, "confirm", "confirm", "yes", "mydata.erase.confirm", false), x.t("mydata.erase.submit"));
        x.html(200, Layout.page(x, x.t("mydata.title"), body));
    }

    private static boolean appealsWanted(MemberView v) {
        boolean wanted = false;
        for (io.github.entraide.domain.ConsentRecord c : v.consents()) {
            if (c.purpose() == ConsentPurpose.CRISIS_APPEALS) {
                wanted = c.granted();
            }
        }
        return wanted;
    }

    /** POST /my-data/appeals: the member gives or withdraws their consent to crisis appeals. */
    void myAppeals(Exchange x) {
        Actor.Member me = requireMember(x);
        entraide.members().recordConsent(me, new RecordConsent(t, me.memberId().value(), ConsentPurpose.CRISIS_APPEALS,
                CONSENT_VERSION, AppealPages.wanted(x)));
        throw new Redirect("/my-data?done=appeals");
    }

    void exportMyData(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        x.json(200, entraide.privacy().export(me, new MemberRef(t, me.memberId().value())).toJson(),
                "entraide-mes-donnees.json");
    }

    void eraseMyData(Exchange x) throws IOException {
        Actor.Member me = requireMember(x);
        if (!x.checked("confirm")) {
            throw new Exchange.BadRequest(400, "mydata.erase.unconfirmed");
        }
        entraide.privacy().erase(me, new MemberRef(t, me.memberId().value()));
        x.session().ifPresent(Sessions.Session::signOut);
        throw new Redirect("/?done=erased");
    }

    private Actor requireModerator(Exchange x, String back) {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        if (actor == null) {
            throw new Redirect("/signin?next=" + back);
        }
        if (!(actor instanceof Actor.Moderator || actor instanceof Actor.Administrator)) {
            throw new NotAuthorizedException("moderation.queue");
        }
        return actor;
    }

    // ----------------------------------------------------------------------------- statistics

    /**
     * Counts without personal data, from the library's statistics over the whole life of the
     * demo, by top-level category: helpers, offers, requests.
     */
    record Stats(long helpers, long offers, long requests, long introductions, long accepted, long completed,
            Optional<java.time.Duration> medianTimeToAcceptance, Map<String, long[]> byCategory) {
    }

    private TerritoryStatistics territoryStatistics() {
        java.time.Instant now = entraide.clock().instant();
        return entraide.statistics().compute(Actor.system(), new StatisticsQuery(t, java.time.Instant.EPOCH,
                now.plus(java.time.Duration.ofDays(1))));
    }

    Stats stats() {
        TerritoryStatistics s = territoryStatistics();
        Map<String, long[]> by = new LinkedHashMap<>();
        for (HelpCategory c : territory.catalogue().all()) {
            by.putIfAbsent(top(c.id()), new long[3]);
        }
        s.helpersByCategory().forEach((c, n) -> by.computeIfAbsent(top(CategoryId.of(c)), k -> new long[3])[0] += n);
        s.offersByCategory().forEach((c, n) -> by.computeIfAbsent(top(CategoryId.of(c)), k -> new long[3])[1] += n);
        s.requestsByCategory().forEach((c, n) -> by.computeIfAbsent(top(CategoryId.of(c)), k -> new long[3])[2] += n);
        long helpers = entraide.storage().inTransaction(tx -> tx.members().all(territory.id()).stream()
                .filter(m -> m.isActive() && m.hasRole(MemberRole.HELPER)).count());
        long offers = s.offersByCategory().values().stream().mapToLong(Integer::longValue).sum();
        return new Stats(helpers, offers, s.requests(), s.introductionsProposed(), s.introductionsAccepted(),
                s.introductionsCompleted(), s.medianTimeToAcceptance(), by);
    }

    /** A count as the visitor may see it: exact for moderators, under 5 suppressed for everyone else. */
    private static String count(Exchange x, long n) {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        boolean exact = actor instanceof Actor.Moderator || actor instanceof Actor.Administrator;
        return exact || n >= TerritoryStatistics.SUPPRESSION_THRESHOLD ? Long.toString(n) : TerritoryStatistics.SUPPRESSED;
    }

    void statsCsv(Exchange x) throws IOException {
        x.csv(territoryStatistics().toOpenDataCsv(), "entraide-statistiques.csv");
    }

    void statsPage(Exchange x) throws IOException {
        Stats s = stats();
        List<Html> charts = new ArrayList<>();
        String[] series = {x.t("stats.helpers"), x.t("stats.offers"), x.t("stats.requests")};
        String[] colours = {"#0b4f8a", "#8a3b0b", "#1b5e20"};
        int i = 0;
        for (Map.Entry<String, long[]> e : s.byCategory().entrySet()) {
            String name = categoryName(x, CategoryId.of(e.getKey()));
            long max = 1;
            for (long n : e.getValue()) {
                max = Math.max(max, n);
            }
            List<Html> bars = new ArrayList<>();
            List<String> described = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                long n = e.getValue()[k];
                String shown = count(x, n);
                long width = shown.equals(TerritoryStatistics.SUPPRESSED) ? 0 : Math.round(360.0 * n / max);
                int y = 10 + k * 34;
                bars.add(Html.of("<text x=\"0\" y=\"{}\" font-size=\"14\" fill=\"#1a1a1a\">{}</text>"
                        + "<rect x=\"170\" y=\"{}\" width=\"{}\" height=\"24\" fill=\"{}\"></rect>"
                        + "<text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"#1a1a1a\">{}</text>",
                        y + 17, series[k], y, width, colours[k], 176 + width, y + 17, shown));
                described.add(series[k] + " " + shown);
            }
            charts.add(Html.of("""
                    <figure><figcaption id="chart-{}-title">{}</figcaption>
                    <svg role="img" aria-labelledby="chart-{}-title chart-{}-desc" width="600" height="116" viewBox="0 0 600 116">
                    <desc id="chart-{}-desc">{}</desc>{}</svg></figure>
                    """, i, name, i, i, i, String.join(", ", described), Html.join(bars)));
            i++;
        }
        List<Html> rows = new ArrayList<>();
        s.byCategory().forEach((c, v) -> rows.add(Html.of("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                categoryName(x, CategoryId.of(c)), count(x, v[0]), count(x, v[1]), count(x, v[2]))));
        String median = s.medianTimeToAcceptance().map(d -> d.toHours() + " h").orElse("—");
        Html body = Html.of("""
                <p>{}</p><p class="hint">{}</p>
                <ul><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li><li>{} : {}</li></ul>
                <p><a href="/stats.csv">{}</a></p>
                <h2>{}</h2>{}
                <table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>
                {}
                """, x.t("stats.intro"), x.t("stats.suppressed"), x.t("stats.helpers"), count(x, s.helpers()),
                x.t("stats.offers"), count(x, s.offers()), x.t("stats.requests"), count(x, s.requests()),
                x.t("stats.introductions"), count(x, s.introductions()), x.t("stats.accepted"), count(x, s.accepted()),
                x.t("stats.completed"), count(x, s.completed()), x.t("stats.median"), median, x.t("stats.csv"),
                x.t("stats.by.category"), Html.join(charts), x.t("stats.by.category"), x.t("stats.category"), series[0],
                series[1], series[2], Html.join(rows), StatisticsCharts.render(x, entraide, territory, n -> count(x, n)));
        x.html(200, Layout.page(x, x.t("stats.title"), body));
    }

    // ----------------------------------------------------------------------------- helpers

    Actor.Member requireMember(Exchange x) {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        if (actor == null) {
            throw new Redirect("/signin?next=" + (Paths.isLocal(x.path()) && "GET".equals(x.method()) ? x.path() : "/"));
        }
        if (!(actor instanceof Actor.Member m)) {
            throw new NotAuthorizedException("portal.member-pages");
        }
        return m;
    }

    private Member member(Actor.Member me) {
        return entraide.storage().inTransaction(tx -> tx.members().find(me.territoryId(), me.memberId())).orElseThrow(
                () -> new io.github.entraide.NotFoundException("member", me.memberId()));
    }

    String memberName(Actor.Member m) {
        return entraide.storage().inTransaction(tx -> tx.members().find(m.territoryId(), m.memberId()))
                .map(Member::displayName).orElse("?");
    }

    private Html done(Exchange x) {
        return x.query("done").filter(DONE::contains).map(d -> Layout.notice(x, switch (d) {
            case "signup" -> "signup.done";
            case "appeals" -> "mydata.appeals.done";
            case "offer" -> "offer.done";
            case "offer-review" -> "offer.review";
            case "reported" -> "report.done";
            case "decided" -> "moderation.done";
            case "erased" -> "mydata.erased";
            case "proposed" -> "request.proposed";
            case "accepted" -> "intro.accepted";
            case "offer-updated" -> "offer.updated";
            case "offer-withdrawn" -> "offer.withdrawn";
            case "request-updated" -> "request.updated";
            case "request-review" -> "request.review";
            case "request-cancelled" -> "request.cancelled";
            case "confirmed" -> "intro.confirmed";
            case "completed" -> "intro.completed";
            default -> "intro.declined";
        })).orElse(Html.EMPTY);
    }

    private static double number(Exchange x, String name, String labelKey, List<String> errors) {
        try {
            double d = Double.parseDouble(x.paramOr(name, "").strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(x.t(labelKey) + ("en".equals(x.lang()) ? ": " : " : ") + x.t("error.number"));
            return 0;
        }
    }

    private static Optional<MemberId> memberId(String value) {
        try {
            return Optional.of(MemberId.of(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    Map<String, String> communes() {
        Map<String, String> out = new LinkedHashMap<>();
        territory.communes().stream().sorted(Comparator.comparing(Commune::name))
                .forEach(c -> out.put(c.inseeCode(), c.name()));
        return out;
    }

    Map<String, String> categories(Exchange x) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HelpCategory c : territory.catalogue().all()) {
            out.put(c.id().value(), c.name(Locale.forLanguageTag(x.lang())));
        }
        return out;
    }

    String communeName(String insee) {
        return territory.commune(insee).map(Commune::name).orElse(insee);
    }

    private String categoryName(Exchange x, CategoryId id) {
        return territory.catalogue().find(id).map(c -> c.name(Locale.forLanguageTag(x.lang()))).orElse(id.value());
    }

    private static String top(CategoryId id) {
        String v = id.value();
        int dot = v.indexOf('.');
        return dot < 0 ? v : v.substring(0, dot);
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", "Français");
        m.put("en", "English");
        m.put("ar", "العربية");
        m.put("es", "Español");
        m.put("it", "Italiano");
        m.put("de", "Deutsch");
        m.put("pt", "Português");
        m.put("tr", "Türkçe");
        return m;
    }
}
