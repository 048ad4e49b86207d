package io.github.entraide.examples.portal;

import java.util.HashMap;
import java.util.Map;

/**
 * Every text of the portal, in French (the default) and English. Values are plain text: pages
 * put them through {@link Html}'s escaping like any other value. Immutable.
 */
final class Texts {
    private static final Map<String, String[]> TEXTS = new HashMap<>();

    private Texts() {
    }

    static String get(String lang, String key) {
        String[] t = TEXTS.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        return "en".equals(lang) ? t[1] : t[0];
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static void put(String key, String fr, String en) {
        if (TEXTS.put(key, new String[] {fr, en}) != null) {
            throw new IllegalStateException("duplicate text " + key);
        }
    }

    static {
        put("site.name", "Entraide — Grenoble-Alpes Métropole", "Entraide — Grenoble-Alpes Métropole");
        put("site.tagline", "Plateforme d’entraide entre voisins (démonstration)", "Neighbourhood mutual aid (demo)");
        put("skip", "Aller au contenu", "Skip to content");
        put("nav.label", "Menu principal", "Main menu");
        put("nav.home", "Accueil", "Home");
        put("nav.signup", "S’inscrire", "Sign up");
        put("nav.offer", "Proposer mon aide", "Offer help");
        put("nav.ask", "Demander de l’aide", "Ask for help");
        put("nav.introductions", "Mes mises en relation", "My introductions");
        put("nav.moderation", "Modération", "Moderation");
        put("nav.stats", "Statistiques", "Statistics");
        put("nav.mydata", "Mes données", "My data");
        put("nav.mailbox", "Boîte mail de démo", "Demo mailbox");
        put("nav.signin", "Se connecter", "Sign in");
        put("nav.signout", "Se déconnecter", "Sign out");
        put("lang.switch", "English", "Français");
        put("lang.switch.label", "Read this page in English", "Lire cette page en français");
        put("signed.as", "Connecté·e : ", "Signed in: ");
        put("role.moderator", "modérateur·rice", "moderator");
        put("role.admin", "administrateur·rice", "administrator");
        put("footer", "Démonstration d’Entraide, bibliothèque Java libre. Toute aide est bénévole.",
                "Demo of Entraide, an open-source Java library. All help is unpaid.");

        put("home.title", "S’entraider entre voisins", "Neighbours helping neighbours");
        put("home.intro", "Des habitant·es de la Métropole donnent un peu de temps : courses essentielles, conversation à distance, aide aux devoirs. "
                + "Vous avez besoin d’aide, ou vous demandez pour un proche ? Nous vous mettons en relation.",
                "People of the Metropolis give some time: essential groceries, remote conversation, homework help. "
                + "Do you need help, or are you asking for someone close? We put you in contact.");
        put("home.help.title", "Je veux aider", "I want to help");
        put("home.help.text", "Inscrivez-vous, puis proposez une aide près de chez vous.", "Sign up, then offer help near you.");
        put("home.ask.title", "J’ai besoin d’aide", "I need help");
        put("home.ask.text", "Décrivez votre besoin ; vos coordonnées ne sont partagées qu’avec la personne qui accepte.",
                "Describe what you need; your contact details go only to the person who accepts.");
        put("home.figures", "En chiffres", "In figures");
        put("home.demo", "Démonstration : connectez-vous comme membre, modérateur·rice ou administrateur·rice ; les e-mails arrivent dans la boîte mail de démo.",
                "Demo: sign in as a member, a moderator or the administrator; e-mails arrive in the demo mailbox.");

        put("signin.title", "Se connecter (démonstration)", "Sign in (demo)");
        put("signin.intro", "Dans cette démonstration, choisissez qui vous êtes. Un vrai portail utiliserait sa propre authentification.",
                "In this demo, choose who you are. A real portal uses its own authentication.");
        put("signin.member", "Membre", "Member");
        put("signin.as.member", "Se connecter comme ce membre", "Sign in as this member");
        put("signin.as.moderator", "Se connecter comme modérateur·rice", "Sign in as a moderator");
        put("signin.as.admin", "Se connecter comme administrateur·rice", "Sign in as the administrator");
        put("signin.needed", "Connectez-vous pour continuer.", "Please sign in to continue.");
        put("signin.unknown", "Ce membre n’existe pas.", "No such member.");

        put("signup.title", "S’inscrire", "Sign up");
        put("signup.intro", "Un prénom suffit. Nous ne demandons jamais d’adresse postale : seule votre commune compte.",
                "A first name is enough. We never ask for a street address: only your commune matters.");
        put("field.name", "Prénom ou pseudonyme", "First name or nickname");
        put("field.email", "Adresse e-mail", "E-mail address");
        put("field.phone", "Téléphone (facultatif)", "Phone (optional)");
        put("field.language", "Langue des e-mails", "Language of e-mails");
        put("field.commune", "Commune", "Commune");
        put("field.roles", "Je souhaite", "I want to");
        put("field.role.helper", "aider des voisins", "help neighbours");
        put("field.role.beneficiary", "demander de l’aide (pour moi ou un proche)", "ask for help (for me or someone close)");
        put("field.terms", "J’accepte les conditions d’utilisation et la politique de confidentialité", "I accept the terms of use and the privacy notice");
        put("field.sharing", "J’accepte que mes coordonnées soient transmises à la personne mise en relation avec moi, une fois la mise en relation acceptée",
                "I agree that my contact details are given to the person I am introduced to, once the introduction is accepted");
        put("signup.submit", "Créer mon compte", "Create my account");
        put("signup.done", "Bienvenue ! Votre compte est créé.", "Welcome! Your account is created.");

        put("offer.title", "Proposer mon aide", "Offer help");
        put("offer.intro", "L’aide est toujours bénévole : pas de tarif, pas de rémunération. Le remboursement des courses sur ticket est possible.",
                "Help is always unpaid: no price, no payment. Groceries may be reimbursed against the receipt.");
        put("field.category", "Type d’aide", "Kind of help");
        put("field.radius", "Distance maximale pour une aide sur place (km)", "Furthest distance for in-person help (km)");
        put("field.languages", "Langues parlées", "Languages spoken");
        put("field.capacity", "Nombre de personnes aidées en même temps", "How many people at once");
        put("field.offertext", "Quelques mots sur votre aide", "A few words about your help");
        put("offer.submit", "Publier mon offre", "Publish my offer");
        put("offer.done", "Votre offre est publiée. Merci !", "Your offer is published. Thank you!");
        put("offer.review", "Votre offre sera publiée après vérification par la modération (aide bénévole uniquement).",
                "Your offer will be published once a moderator checked it (unpaid help only).");
        put("offer.mine", "Mes offres", "My offers");
        put("offer.none", "Aucune offre pour l’instant.", "No offer yet.");
        put("offer.helper.needed", "Seuls les membres inscrits pour aider peuvent publier une offre.", "Only members who signed up to help can publish an offer.");

        put("ask.title", "Demander de l’aide", "Ask for help");
        put("ask.intro", "Décrivez votre besoin. Ne donnez ni adresse ni coordonnées ici : elles ne sont échangées qu’après acceptation.",
                "Describe your need. Give no address or contact details here: they are exchanged only after acceptance.");
        put("field.requesttext", "De quoi avez-vous besoin ?", "What do you need?");
        put("field.urgency", "Urgence", "Urgency");
        put("urgency.LOW", "Quand c’est possible", "Whenever convenient");
        put("urgency.NORMAL", "Dans les prochains jours", "Within the next days");
        put("urgency.HIGH", "Aujourd’hui ou demain", "Today or tomorrow");
        put("field.behalf", "Je demande pour quelqu’un d’autre (un proche sans e-mail, une personne suivie…)", "I am asking for someone else (someone close without e-mail, a person I support…)");
        put("field.behalf.legend", "Demande pour une autre personne", "Request on behalf of someone");
        put("field.behalf.name", "Prénom de la personne aidée", "First name of the person helped");
        put("field.behalf.relationship", "Vous êtes", "You are");
        put("relationship.RELATIVE", "un proche ou un voisin", "a relative or neighbour");
        put("relationship.SOCIAL_WORKER", "travailleur·se social·e", "a social worker");
        put("relationship.MUNICIPAL_AGENT", "agent·e municipal·e", "a municipal agent");
        put("relationship.PARENT_OR_GUARDIAN", "parent ou tuteur·rice légal·e", "a parent or legal guardian");
        put("field.behalf.minor", "La personne aidée est mineure", "The person helped is a minor");
        put("behalf.name.missing", "Indiquez le prénom de la personne aidée.", "Give the first name of the person helped.");
        put("ask.submit", "Envoyer ma demande", "Send my request");
        put("ask.beneficiary.needed", "Seuls les membres inscrits pour demander de l’aide peuvent faire une demande.", "Only members who signed up to ask for help can file a request.");

        put("request.title", "Ma demande", "My request");
        put("request.status", "État", "Status");
        put("request.candidates", "Personnes disponibles", "Available helpers");
        put("request.candidates.intro", "Choisissez une personne : elle reçoit votre demande par e-mail, sans vos coordonnées, et accepte ou refuse.",
                "Choose someone: they get your request by e-mail, without your contact details, and accept or decline.");
        put("request.candidates.none", "Personne n’est disponible pour l’instant. Revenez bientôt.", "Nobody is available yet. Come back soon.");
        put("request.propose", "Proposer à {0}", "Ask {0}");
        put("request.proposed", "Votre demande a été transmise. Vous recevrez un e-mail quand la personne aura répondu.",
                "Your request was sent. You will get an e-mail once they answer.");
        put("request.behalf", "Pour : ", "For: ");
        put("request.review", "Votre demande sera visible après vérification par la modération (aide bénévole uniquement).",
                "Your request will be visible once a moderator checked it (unpaid help only).");
        put("request.mine", "Mes demandes", "My requests");
        put("request.none", "Aucune demande pour l’instant.", "No request yet.");
        put("candidate.name", "Prénom", "First name");
        put("candidate.commune", "Commune", "Commune");
        put("candidate.distance", "Distance", "Distance");
        put("candidate.languages", "Langues", "Languages");
        put("candidate.action", "Action", "Action");
        put("band.remote", "à distance", "remote");
        put("band.1", "moins de 1 km", "under 1 km");
        put("band.3", "1 à 3 km", "1 to 3 km");
        put("band.10", "3 à 10 km", "3 to 10 km");
        put("band.far", "plus de 10 km", "over 10 km");

        put("status.PENDING_REVIEW", "en attente de modération", "awaiting moderation");
        put("status.OPEN", "ouverte", "open");
        put("status.INTRODUCED", "transmise", "introduced");
        put("status.FULFILLED", "réalisée", "fulfilled");
        put("status.CANCELLED", "annulée", "cancelled");
        put("status.EXPIRED", "expirée", "expired");
        put("status.PUBLISHED", "publiée", "published");
        put("status.SUSPENDED", "suspendue", "paused");
        put("status.WITHDRAWN", "retirée", "withdrawn");
        put("status.REMOVED", "retirée par la modération", "removed by moderation");
        put("status.PROPOSED", "proposée, en attente de réponse", "proposed, awaiting an answer");
        put("status.ACCEPTED", "acceptée", "accepted");
        put("status.DECLINED", "refusée", "declined");
        put("status.COMPLETED", "terminée", "completed");

        put("intro.title", "Mes mises en relation", "My introductions");
        put("intro.none", "Aucune mise en relation pour l’instant.", "No introduction yet.");
        put("intro.with", "Avec : ", "With: ");
        put("intro.you.helper", "Vous aidez", "You help");
        put("intro.you.beneficiary", "Vous êtes aidé·e", "You are helped");
        put("intro.where", "Commune : ", "Commune: ");
        put("intro.contact", "Coordonnées", "Contact details");
        put("intro.contact.hidden", "Les coordonnées seront visibles une fois la mise en relation acceptée.", "Contact details show once the introduction is accepted.");
        put("intro.contact.email", "E-mail : ", "E-mail: ");
        put("intro.contact.phone", "Téléphone : ", "Phone: ");
        put("intro.contact.behalf", "Aide pour : ", "Help for: ");
        put("intro.accept", "Accepter", "Accept");
        put("intro.decline", "Refuser", "Decline");
        put("intro.accept.title", "Accepter la mise en relation", "Accept the introduction");
        put("intro.decline.title", "Refuser la mise en relation", "Decline the introduction");
        put("intro.accept.text", "En acceptant, vos coordonnées et celles de la personne sont échangées par e-mail.",
                "If you accept, your contact details and theirs are exchanged by e-mail.");
        put("intro.decline.text", "En refusant, la demande est proposée à quelqu’un d’autre. Merci de votre réponse.",
                "If you decline, the request goes to someone else. Thank you for answering.");
        put("intro.request", "La demande : ", "The request: ");
        put("intro.accepted", "Merci ! La mise en relation est acceptée : voici les coordonnées.", "Thank you! The introduction is accepted: here are the contact details.");
        put("intro.declined", "C’est noté : la demande sera proposée à quelqu’un d’autre.", "Noted: the request will go to someone else.");
        put("intro.signin.helper", "Connectez-vous comme la personne qui aide pour répondre.", "Sign in as the helper to answer.");

        // Editing and withdrawing offers, editing and cancelling requests, completion, recurrence, dead letters.
        put("offer.edit.title", "Modifier mon offre", "Edit my offer");
        put("offer.edit.link", "Modifier ou retirer", "Edit or withdraw");
        put("offer.edit.submit", "Enregistrer les modifications", "Save the changes");
        put("offer.edit.final", "Cette offre est close : elle ne peut plus être modifiée.", "This offer is closed: it can no longer be edited.");
        put("offer.languages.missing", "Cochez au moins une langue.", "Tick at least one language.");
        put("offer.withdraw.title", "Retirer mon offre", "Withdraw my offer");
        put("offer.withdraw.text", "L’offre n’est plus proposée aux demandes. Les mises en relation en cours continuent. C’est définitif.",
                "The offer is no longer matched with requests. Introductions in progress go on. This cannot be undone.");
        put("offer.withdraw.submit", "Retirer cette offre", "Withdraw this offer");
        put("offer.updated", "Votre offre est modifiée.", "Your offer was updated.");
        put("offer.withdrawn", "Votre offre est retirée.", "Your offer was withdrawn.");
        put("request.edit.title", "Modifier ma demande", "Edit my request");
        put("request.edit.link", "Modifier ou annuler la demande", "Edit or cancel the request");
        put("request.cancel.link", "Annuler la demande", "Cancel the request");
        put("request.edit.submit", "Enregistrer le nouveau texte", "Save the new text");
        put("request.edit.closed", "Une personne aide déjà pour cette demande : son texte ne peut plus être modifié.",
                "Someone is already helping with this request: its text can no longer be edited.");
        put("request.edit.back", "Retour à la demande", "Back to the request");
        put("request.cancel.title", "Annuler ma demande", "Cancel my request");
        put("request.cancel.text", "Une mise en relation en cours est annulée aussi, et la personne qui aide est prévenue. C’est définitif.",
                "An introduction in progress is cancelled too, and the helper is told. This cannot be undone.");
        put("request.cancel.submit", "Annuler cette demande", "Cancel this request");
        put("request.updated", "Votre demande est modifiée.", "Your request was updated.");
        put("request.cancelled", "Votre demande est annulée.", "Your request was cancelled.");
        put("intro.complete.title", "L’aide a-t-elle eu lieu ?", "Was the help given?");
        put("intro.complete.text", "Confirmez quand l’aide a eu lieu. Une fois que vous avez confirmé tous les deux, la mise en relation est terminée.",
                "Confirm once the help was given. When you both have, the introduction is completed.");
        put("intro.complete.renew", "D’accord pour recommencer la semaine prochaine", "Happy to meet again next week");
        put("intro.complete.feedback", "Un mot sur cette aide (facultatif)", "A word about this help (optional)");
        put("intro.complete.feedback.hint", "Pour l’équipe de la plateforme : l’autre personne ne le verra pas. Pas de coordonnées ni de montant.",
                "For the platform’s team: the other person will not see it. No contact details or amounts.");
        put("intro.complete.yours", "Votre retour :", "Your feedback:");
        put("intro.complete.submit", "Confirmer que l’aide a eu lieu", "Confirm the help was given");
        put("intro.complete.waiting", "Vous avez confirmé que l’aide a eu lieu ; en attente de l’autre personne.",
                "You confirmed the help was given; waiting for the other person.");
        put("intro.complete.other", "L’autre personne a déjà confirmé que l’aide a eu lieu.", "The other person already confirmed the help was given.");
        put("intro.confirmed", "Merci ! Votre confirmation est enregistrée.", "Thank you! Your confirmation is recorded.");
        put("intro.completed", "Merci ! La mise en relation est terminée.", "Thank you! The introduction is completed.");
        put("recurrence.weekly", "Chaque semaine (n° {0})", "Every week (no. {0})");
        put("field.weekly", "Cette demande revient chaque semaine", "This request comes back every week");
        put("deadletters.title", "E-mails non distribués", "Undelivered e-mails");
        put("deadletters.link", "E-mails non distribués", "Undelivered e-mails");
        put("deadletters.intro", "Messages que la plateforme a renoncé à distribuer (refus du serveur de messagerie, contenu illisible). Corrigez la cause, puis remettez le message dans la file : il garde son identifiant.",
                "Messages the platform gave up on (refused by the mail server, unreadable content). Fix the cause, then put the message back in the queue: it keeps its id.");
        put("deadletters.privacy", "Le contenu des messages (noms, adresses) n’est pas affiché.", "The messages’ content (names, addresses) is not shown.");
        put("deadletters.none", "Aucun message en échec.", "No failed message.");
        put("deadletters.caption", "Messages en échec : {0}", "Failed messages: {0}");
        put("deadletters.id", "Identifiant", "Id");
        put("deadletters.type", "Type", "Type");
        put("deadletters.created", "Créé le", "Created");
        put("deadletters.attempts", "Tentatives", "Attempts");
        put("deadletters.error", "Dernière erreur", "Last error");
        put("deadletters.requeue", "Remettre dans la file", "Requeue");
        put("deadletters.requeued", "Message remis dans la file : il sera tenté à nouveau dans quelques secondes.",
                "Message requeued: it will be tried again in a few seconds.");
        put("deadletters.gone", "Ce message n’est plus en échec (déjà remis dans la file ?).", "This message is no longer failed (already requeued?).");
        put("deadletters.kind.NOTIFICATION", "e-mail", "e-mail");
        put("deadletters.kind.EVENT", "événement", "event");

        put("mailbox.title", "Boîte mail de démonstration", "Demo mailbox");
        put("mailbox.intro", "Les e-mails envoyés par la plateforme au serveur SMTP intégré s’affichent ici, les plus récents en premier.",
                "E-mails the platform sent to the embedded SMTP server show here, newest first.");
        put("mailbox.none", "Aucun e-mail pour l’instant.", "No e-mail yet.");
        put("mailbox.external", "Les e-mails partent vers un serveur SMTP réel ({0}) : ils ne s’affichent pas ici.",
                "E-mails go to a real SMTP server ({0}): they do not show here.");
        put("mailbox.to", "À : ", "To: ");
        put("mailbox.date", "Envoyé : ", "Sent: ");
        put("mailbox.refresh", "Actualiser", "Refresh");

        put("moderation.title", "File de modération", "Moderation queue");
        put("moderation.intro", "Textes retenus par le contrôle « aide bénévole uniquement » et signalements des membres. Chaque décision est gardée dans le journal d’audit.",
                "Texts held by the volunteer-only check and reports by members. Every decision is kept in the audit trail.");
        put("moderation.open", "À traiter", "To handle");
        put("moderation.empty", "Rien à traiter.", "Nothing to handle.");
        put("moderation.decided", "Dernières décisions", "Latest decisions");
        put("moderation.none", "Aucune décision pour l’instant.", "No decision yet.");
        put("moderation.urgent", " (urgent)", " (urgent)");
        put("moderation.reasons", "Motifs : ", "Reasons: ");
        put("moderation.report", "Signalement : ", "Report: ");
        put("moderation.comment", "Commentaire : ", "Comment: ");
        put("moderation.action", "Décision", "Decision");
        put("moderation.reason", "Motif de la décision", "Reason for the decision");
        put("moderation.decide", "Enregistrer la décision", "Record the decision");
        put("moderation.done", "Décision enregistrée.", "Decision recorded.");
        put("moderation.kind", "Objet", "Subject");
        put("moderation.origin", "Origine", "Origin");
        put("moderation.when", "Date", "Date");
        put("kind.OFFER", "Offre", "Offer");
        put("kind.REQUEST", "Demande", "Request");
        put("kind.MEMBER", "Membre", "Member");
        put("origin.VOLUNTEER_POLICY", "contrôle « aide bénévole »", "volunteer-only check");
        put("origin.PRE_MODERATION", "pré-modération", "pre-moderation");
        put("origin.MEMBER_REPORT", "signalement", "report");
        put("action.APPROVE", "Approuver", "Approve");
        put("action.REMOVE", "Retirer", "Remove");
        put("action.SUSPEND", "Suspendre le membre", "Suspend the member");
        put("action.BAN", "Exclure le membre", "Ban the member");
        put("decision.volunteer-only", "aide payante", "paid help");
        put("decision.inappropriate", "contenu inapproprié", "inappropriate content");
        put("decision.spam", "indésirable", "spam");
        put("decision.safety", "sécurité", "safety");
        put("decision.no-problem", "aucun problème", "no problem");
        put("report.title", "Signaler un problème", "Report a problem");
        put("report.reason", "Motif", "Reason");
        put("report.comment", "Commentaire (facultatif)", "Comment (optional)");
        put("report.send", "Envoyer le signalement", "Send the report");
        put("report.done", "Merci, votre signalement a été transmis à la modération.", "Thank you, your report went to the moderators.");
        put("report.PAYMENT", "demande de paiement", "asks for payment");
        put("report.INAPPROPRIATE", "contenu inapproprié", "inappropriate content");
        put("report.SPAM", "indésirable", "spam");
        put("report.SAFETY", "sécurité", "safety");
        put("report.OTHER", "autre", "other");

        put("stats.title", "Statistiques", "Statistics");
        put("stats.intro", "Chiffres de la plateforme, sans donnée personnelle.", "Figures of the platform, without personal data.");
        put("stats.helpers", "Personnes qui aident", "Helpers");
        put("stats.offers", "Offres publiées", "Published offers");
        put("stats.requests", "Demandes", "Requests");
        put("stats.introductions", "Mises en relation", "Introductions");
        put("stats.accepted", "Mises en relation acceptées", "Accepted introductions");
        put("stats.by.category", "Par type d’aide", "By kind of help");
        put("stats.chart.offers", "Offres publiées par type d’aide", "Published offers by kind of help");
        put("stats.chart.requests", "Demandes par type d’aide", "Requests by kind of help");
        put("stats.category", "Type d’aide", "Kind of help");
        put("stats.suppressed", "Pour que personne ne puisse être reconnu, les nombres inférieurs à 5 sont affichés « <5 » (les modérateur·rices voient les nombres exacts).",
                "So that nobody can be singled out, counts under 5 show as “<5” (moderators see exact counts).");
        put("stats.csv", "Données ouvertes (CSV)", "Open data (CSV)");
        put("stats.median", "Délai médian avant acceptation", "Median time to acceptance");
        put("stats.weeks", "Semaine par semaine", "Week by week");
        put("stats.week", "Semaine du", "Week of");
        put("stats.chart.weeks", "Demandes et mises en relation par semaine", "Requests and introductions per week");
        put("stats.chart.median", "Délai médian avant acceptation, par semaine", "Median time to acceptance, per week");
        put("stats.map", "Par commune", "By commune");
        put("stats.chart.map", "Personnes qui aident et demandes ouvertes, par commune (surface des cercles)",
                "Helpers and open requests, by commune (area of the circles)");
        put("stats.open", "Demandes ouvertes", "Open requests");
        put("stats.commune", "Commune", "Commune");
        put("stats.completed", "Mises en relation terminées", "Completed introductions");

        put("mydata.title", "Mes données", "My data");
        put("mydata.profile", "Mon profil", "My profile");
        put("mydata.export.title", "Télécharger mes données", "Download my data");
        put("mydata.export.text", "Tout ce que la plateforme garde sur vous : profil, consentements, offres, demandes, mises en relation et signalements, au format JSON.",
                "Everything the platform keeps about you: profile, consents, offers, requests, introductions and reports, as JSON.");
        put("mydata.export.link", "Télécharger (JSON)", "Download (JSON)");
        put("mydata.erase.title", "Effacer mes données", "Erase my data");
        put("mydata.erase.text", "Votre compte est anonymisé et vos mises en relation en cours sont annulées. Les statistiques ne gardent que des nombres. C’est définitif.",
                "Your account is anonymised and introductions in progress are cancelled. Statistics keep counts only. This cannot be undone.");
        put("mydata.erase.confirm", "Je comprends que c’est définitif", "I understand this cannot be undone");
        put("mydata.erase.submit", "Effacer mes données", "Erase my data");
        put("mydata.erase.unconfirmed", "Cochez la case de confirmation pour effacer vos données.", "Tick the confirmation box to erase your data.");
        put("mydata.erased", "Vos données ont été effacées. Merci d’avoir participé.", "Your data was erased. Thank you for taking part.");

        put("error.title", "Il y a un problème", "There is a problem");
        put("error.form", "Le formulaire contient des erreurs :", "The form has errors:");
        put("error.notfound", "Page introuvable.", "Page not found.");
        put("error.forbidden", "Vous ne pouvez pas faire cela.", "You may not do this.");
        put("error.csrf", "Le formulaire a expiré. Rechargez la page et recommencez.", "The form expired. Reload the page and try again.");
        put("error.badrequest", "La demande est invalide.", "The request is invalid.");
        put("error.toolarge", "Le formulaire est trop volumineux.", "The form is too large.");
        put("error.internal", "Une erreur inattendue s’est produite. Réessayez plus tard.", "Something unexpected went wrong. Please try again later.");
        put("error.number", "Indiquez un nombre.", "Give a number.");
        put("error.method", "Méthode non permise.", "Method not allowed.");
        put("required", "(obligatoire)", "(required)");
        put("back.home", "Retour à l’accueil", "Back to the home page");
        put("yes", "oui", "yes");
        put("no", "non", "no");

        put("field.appeals", "Je veux recevoir les appels des modérateur·rices en cas de crise (confinement, canicule…) ; un clic dans chaque e-mail suffit pour arrêter",
                "I want to receive the moderators’ appeals in a crisis (lockdown, heatwave…); one click in any e-mail stops them");
        put("appeals.link", "Appels en cas de crise", "Crisis appeals");
        put("appeals.title", "Appels en cas de crise", "Crisis appeals");
        put("appeals.intro", "Quand une crise commence, écrivez un court appel aux bénévoles qui ont accepté de les recevoir, en français et en anglais : chacun·e le reçoit par e-mail dans sa langue.",
                "When a crisis starts, write a short appeal to the volunteers who agreed to receive them, in French and in English: each receives it by e-mail in their language.");
        put("appeals.rules", "1 000 caractères au plus par langue. Toute aide est bénévole : un appel qui évoque un paiement est refusé. Nombre maximal d’appels du territoire par 24 heures : {0}.",
                "At most 1,000 characters per language. All help is unpaid: an appeal that mentions payment is refused. Most appeals the territory sends in 24 hours: {0}.");
        put("appeals.radius", "Rayon autour de la commune (km, facultatif)", "Radius around the commune (km, optional)");
        put("appeals.radius.hint", "Avec une commune : les bénévoles à moins de cette distance de son centre, au lieu de ses seuls habitant·es. Entre 0,1 et 100 km.",
                "With a commune: the volunteers within this distance of its centre, instead of its residents only. Between 0.1 and 100 km.");
        put("appeals.radius.commune", "Choisissez une commune pour envoyer l’appel dans un rayon autour d’elle.",
                "Choose a commune to send the appeal within a radius around it.");
        put("appeals.radius.invalid", "Le rayon doit être un nombre de kilomètres entre 0,1 et 100.",
                "The radius must be a number of kilometres between 0.1 and 100.");
        put("appeals.field.fr", "Appel en français", "Appeal in French");
        put("appeals.field.en", "Appel en anglais", "Appeal in English");
        put("appeals.any.category", "Toutes les catégories", "Every category");
        put("appeals.any.commune", "Toutes les communes", "Every commune");
        put("appeals.submit", "Envoyer l’appel", "Send the appeal");
        put("appeals.done", "L’appel est envoyé ; le tableau ci-dessous indique combien de bénévoles il a atteint·es.",
                "The appeal is sent; the table below shows how many volunteers it reached.");
        put("appeals.past", "Appels envoyés", "Appeals sent");
        put("appeals.privacy", "Seul le nombre de bénévoles atteint·es est conservé, jamais leur identité.",
                "Only how many volunteers were reached is kept, never who.");
        put("appeals.none", "Aucun appel envoyé pour l’instant.", "No appeal sent yet.");
        put("appeals.when", "Envoyé le (UTC)", "Sent on (UTC)");
        put("appeals.text", "Texte (français)", "Text (French)");
        put("appeals.filters", "Destinataires", "Recipients");
        put("appeals.everyone", "Tous les bénévoles volontaires", "Every volunteer who opted in");
        put("appeals.status", "État", "Status");
        put("appeals.status.SENDING", "en cours d’envoi", "being sent");
        put("appeals.status.SENT", "envoyé", "sent");
        put("appeals.reached", "Bénévoles atteint·es", "Volunteers reached");
        put("optout.title", "Ne plus recevoir les appels en cas de crise", "Stop receiving crisis appeals");
        put("optout.intro", "Vous recevez les appels que l’équipe de modération envoie aux bénévoles en cas de crise. Confirmez pour ne plus les recevoir ; vous n’avez pas besoin de vous connecter.",
                "You receive the appeals the moderators send to volunteers in a crisis. Confirm to stop receiving them; you do not need to sign in.");
        put("optout.submit", "Ne plus recevoir d’appels", "Stop receiving appeals");
        put("optout.done", "C’est fait : vous ne recevrez plus d’appels en cas de crise.", "Done: you will no longer receive crisis appeals.");
        put("optout.again", "Vous pourrez les recevoir de nouveau depuis la page « Mes données ».",
                "You can receive them again from the “My data” page.");
        put("mydata.appeals.title", "Appels en cas de crise", "Crisis appeals");
        put("mydata.appeals.on", "Vous recevez les appels des modérateur·rices en cas de crise.",
                "You receive the moderators’ appeals in a crisis.");
        put("mydata.appeals.off", "Vous ne recevez pas les appels des modérateur·rices en cas de crise.",
                "You do not receive the moderators’ appeals in a crisis.");
        put("mydata.appeals.submit", "Enregistrer mon choix", "Save my choice");
        put("mydata.appeals.done", "Votre choix est enregistré.", "Your choice is saved.");
    }
}
