package io.github.entraide.policy;

import static io.github.entraide.policy.VolunteerOnlyReasonCode.AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.COMPENSATION;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.OFFER_TO_PAY;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_MEANS;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_WORD;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.RATE;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyVerdict.NEEDS_REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last rules of an assessment, after the certainty gate, all between {@code ACCEPTED} and {@code NEEDS_REVIEW}
 * (never {@code REJECTED}): first the doubts the text itself answers are dropped (a gift sent to a charity, a lesson's
 * sums, a shop's or a provider's price, goods units, a purchase or a cost said before an amount, a joke beside a free
 * statement, words in quotes, the author paying a third party himself), then the asks below are added. Issue 18's
 * fourth round wrote the first two; the sixth to twelfth added, from the independent authors' development sets,
 * reciprocity and thanks in kind ({@code en échange d'un repas}, {@code pour me remercier} with a gift, money or a
 * meal, {@code on verra pour le reste}, a jar at the door, paid platforms, subscriptions, cards of hours) and
 * something on top of the goods ({@code arrondir le ticket}, {@code pour la peine}), which stand by themselves.
 *
 * <ul>
 *   <li><b>An ask aimed at the reader with money in it</b> &mdash; a request or expectation cue ({@code vous me donnez},
 *       {@code en échange}, {@code contre}, {@code à prévoir}, {@code je demande}, {@code you'd give me},
 *       {@code in return}, {@code expect}, {@code I'd ask for}&hellip;) with, a few words around it in the same clause,
 *       a money word (an amount found by the rules, slang, a vague "something", "for my time") goes to a moderator,
 *       unless the sentence speaks of reimbursing the goods or the money is for the goods; slang and vague money nouns
 *       ({@code obole}, {@code quelques balles}, {@code thune}, {@code a few bob}, {@code drink money},
 *       {@code pour mes trajets}&hellip;) go to a moderator on their own.</li>
 *   <li><b>Someone else's money</b> &mdash; when the only findings of a text are amounts or rates left doubtful, no
 *       cue says the author is paid and none of the asks above is found, an amount with a word of goods, a purchase or a
 *       third party just before it ({@code acheté}, {@code coûte}, {@code chez}, {@code loyer}, {@code dette},
 *       {@code stamp}, {@code budget}&hellip;) is the money of the goods or of a third party: it is dropped.</li>
 * </ul>
 *
 * <p>Every pattern is gated by literal triggers and every window is a bounded number of words: the cost stays linear.
 * Stateless; thread-safe.
 */
final class VagueAsks {

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    /** A request or an expectation aimed at the reader. */
    private static final Alternation ASK = Alternation.of(B, "(?:vous|tu|vs) me (?:donne(?:z|s|rez|ras|riez|rais)?"
            + "|file(?:z|s|rez|ras)?|laisse(?:z|s|rez|ras)?|depanne(?:z|s|rez)?|paye(?:z|s|rez)?|paie(?:z|s|rez|rais|riez)?)"
            + "|laissez[- ]moi|donnez[- ]moi|filez[- ]moi|en echange|en retour|contre (?:un|une|quelques|qq|des|du|de|1)"
            + "|je (?:ne )?demande|je compte sur|a prevoir|merci de prevoir|(?:vous )?prevoy(?:ez|ons)|(?:faut|il faut) (?:juste )?compter"
            + "|comptez|serait (?:apprecie|appreciee|bienvenu|bienvenue)|fait (?:toujours )?plaisir|pas de refus"
            + "|j'accepte|on s'arrange|(?:vous|tu) participe[zs]? comme"
            + "|(?:you'?d|you could|you can|you will|you'll|u) give me|give me|giving me|in return|in exchange"
            + "|expect(?:ed|s|ing)?|(?:i'd|id) (?:only |just )?ask for|all i ask|i ask for|i accept|(?:i'd|id) accept"
            + "|would (?:be nice|be lovely|be great|help me out|help|be appreciated|be welcome)|(?:is|are) appreciated"
            + "|(?:wouldn'?t|would not|i'd not|id not|won'?t) say no|just (?:cover|add)|cover my|chuck in|(?:we can|we'll|we will"
            + "|let's) (?:agree|sort)|can discuss|i normally get|i usually get", E);

    /** Money, vague or slang, that may follow or precede an ask. */
    private static final Set<String> MONEY_OBJECTS = TextScan.words("argent", "sous", "thune", "thunes", "fric", "ble",
            "oseille", "pognon", "piece", "pieces", "billet", "biffeton", "biffetons", "balles", "obole", "cash", "money",
            "quid", "bob", "fiver", "tenner", "coins", "penny", "pennies", "pounds", "euros", "euro", "petrol", "essence",
            "gasoil", "carburant", "fuel", "fare", "trajet", "trajets", "transports", "quelque", "something", "sum",
            "somme", "token", "drink", "drinks", "beer", "beers", "pint", "pints", "resto", "restaurant", "time", "trouble",
            "peine", "temps", "worth", "financier", "financiere", "prix", "price", "payment", "paiement", "dedommagement",
            "contribution", "participation", "pouce", "ce", "what", "whatever", "donation", "donations", "don", "dons");

    /** Slang and vague money nouns that are doubtful by themselves. */
    private static final Alternation SLANG = Alternation.of(B, "(?:une |petite |1 )obole|biffetons?|(?:quelques|qq|qlq|des|cinq"
            + "|5|dix|10) balles|(?:de la|un peu de|quelques|des|qq) thunes?|(?:a few|a couple of|couple of|couple|some|a) (?:bob"
            + "|quid)|a bob or two|(?:drink|beer|pint|petrol|gas) (?:money|fund)|de quoi (?:payer|mettre|racheter|me payer)"
            + "|(?:quelques|qq|des) pieces (?:pour|de temps)|une (?:petite )?piece (?:pour|de temps)|a few coins"
            + "|pour (?:mon|mes) (?:trajets?|transports?|deplacements?|essence|gasoil|ticket de bus)"
            + "|for my (?:bus fare|bus ride|bus ticket|bus|petrol|fuel|travel|books|ride|fare|tram)|pour mon (?:ticket de bus|ticket de tram|billet de train)|towards my|for my (?:time|trouble)"
            + "|(?:i'm|im|i am) not expensive|pas (?:tres )?cher du tout|je demande peu|frais de dossier modiques?"
            + "|(?:what|whatever) you think it'?s worth|ce qui vous semble juste|ce que vous estimez|(?:whatever|what) you (?:feel|think)"
            + " is fair|a sum between us", E);

    /**
     * Something given back for the help, in money or in kind, that stands by itself (issue 18, sixth round): barter
     * ({@code en échange d'un repas}, {@code contre des cours d'anglais}, {@code in exchange maybe you could}), a
     * settlement left for later ({@code on s'arrangera pour la suite}, {@code on verra pour le fric}, {@code we can talk
     * about it} after free first sessions), a reward ({@code I'll make it worth your while}, {@code something for your
     * time}, {@code a bottle of wine in it for you}, {@code thank you properly}, {@code something symbolic}), the
     * change rounded up for the helper ({@code arrondir le ticket}), donations or "give what you like" for the help,
     * and a paid profile on a platform ({@code book me on Superprof}, {@code my Yoopies profile}).
     */
    private static final Alternation RECIPROCITY = Alternation.of(B, "en echange (?:d'|de |des |du )\\p{L}+|en contrepartie"
            + "|contre (?:un|une|des|du|quelques) (?:cours|heures?|repas|services?|coups? de main|menage|repassage|garde"
            + "|aide|petits? (?:services?|travaux|plats?))|on s'arrangera|on s'arrange (?:pour|pr|apres|ensuite)"
            + "|on (?:verra|voit) (?:pour|pr) (?:le |la |l')?(?:fric|sous|argent|thune|suite|reste|paiement|prix|tarif|monnaie)"
            + "|on en (?:parlera|reparlera|discutera)|(?:chacun|vous|vs|tu) (?:me )?(?:donne|donnez|donnes|met|mettez|mets"
            + "|laisse|laissez|laisses) (?:ce (?:qu'il|qu'on|que vous|que vs|que tu)|cke (?:vous|vs|tu)|ske (?:vous|vs|tu)"
            + "|c que (?:vous|vs|tu)) ?(?:veut|voulez|veux|peut|pouvez|peux)|arrondi\\p{L}{0,5} (?:le ticket|au billet|a la dizaine|a l'euro superieur)"
            + "|(?:une |un )?(?:petit |petite )?(?:cadeau|bouteille|enveloppe) pour (?:la peine|le service|vous remercier|remercier)"
            + "|(?:boite|tirelire|chapeau|pot) (?:pour les|a) dons|dons? (?:sont |est )?(?:bienvenus?|acceptes?|apprecies?|libres?)"
            + "|in exchange|in return|worth your while|(?:something|a little something|a bit) for your (?:time|trouble|help|effort)"
            + "|(?:give|pay) you (?:a bit )?(?:something|a little something)|(?:in it|something) for you if"
            + "|(?:a |something )?(?:bottle|crate|case) of (?:wine|beer|whisky|champagne)(?: in it)? for you"
            + "|thank you (?:properly|somehow|in some way)|something symbolic|(?:a little|a small|a) gift to (?:people|those|anyone|whoever|helpers)"
            + "|(?:and|plus) a (?:bit|little) (?:more|extra)|(?:et|plus) un peu plus|round(?:ed)? (?:it )?up (?:to|for)"
            + "|donations? (?:are |is )?(?:welcome|appreciated|accepted|gratefully)|donations? (?:to|towards) (?:keep|my|help me)"
            + "|(?:we|we'll|we can|can) (?:talk|see) about (?:it|that|money|payment)|(?:normal|usual|regular|standard) rates?"
            + "|(?:book|pay|reserve|find) (?:me |and pay )?(?:on|via|through|there|sur|par) (?:my )?(?:superprof|malt|yoopies"
            + "|wecasa|care\\.com|bsit|nounou-top|kinougarde|stootie|yoojo|taskrabbit|airbnb)"
            + "|(?:my|mon|ma) (?:superprof|malt|yoopies|wecasa|stootie|yoojo|taskrabbit) (?:profile|profil|page|account|compte)"
            + "|(?:profil|profile|page|compte|account) (?:superprof|malt|yoopies|wecasa|stootie|yoojo|taskrabbit)"
            + "|(?:contribution|participation|donation|don|dons|obole) (?:suggested|suggeree|conseillee|libre|welcome|bienvenue"
            + "|appreciated|appreciee|souhaitee|attendue|expected)|suggested (?:contribution|donation)"
            + "|negotiable|negociables?|a debattre|(?:reasonable|modest|low|cheap) (?:rates?|prices?|fees?)"
            + "|(?:tarifs?|prix) (?:raisonnables?|modiques?|doux|bas|negociables?)|reasonable,? (?:can )?discuss"
            + "|(?:et )?(?:le reste|the rest),? (?:on|nous) (?:voit|verra|verrons)|(?:on|nous) (?:voit|verra|verrons) ensemble pour"
            + "|(?:dons?|cadeaux?|gifts?|presents?|gift cards?|cartes? cadeaux?|bons? d'achat|vouchers?|tips?|pourboires?|bouteilles?"
            + "|chocolats?|chocolates?) (?:sont |est |are |is )?(?:les )?(?:acceptee?s?|bienvenue?s?|welcome|accepted|appreciated|appreciee?s?)"
            + "|(?:saurons|saura|saurai|sauront) vous (?:remercier|recompenser|dedommager)|(?:vous serez|you'll be|you will be) (?:remercie|recompense|rewarded|thanked properly)"
            + "|partag\\p{L}{0,5} (?:l'essence|les frais|le carburant|le gasoil|the petrol|petrol|the fuel|fuel|the costs|the gas|gas money)"
            + "|(?:chip|pitch) in(?: something| a bit| a few)?|cover my (?:ink|paper|petrol|fuel|costs|time|expenses)"
            + "|participer (?:a|aux) (?:l'encre|l'essence|frais|mes frais)|(?:un|an) arrangement|(?:we'll|we will|we can) work (?:something|it) out"
            + "|(?:je )?partagerai (?:avec vous|with you)|(?:split|share) (?:it|the (?:refund|money|difference)|what) with you"
            + "|(?:a |une? )?(?:small|little|petit|petite) (?:gesture|geste|gift|cadeau|attention|enveloppe)"
            + "|(?:vous|te) (?:enverra|enverrai|donnera|donnerai|offrira|offrirai)\\p{L}{0,3} (?:surement |certainement |bien )?(?:quelque chose|un petit quelque chose|un cadeau|un petit cadeau)"
            + "|(?:je|j') ?(?:vous |te |lui )?(?:file|donne|donnerai|offre|offrirai|verse|peux donner|peux offrir|glisse)\\p{L}{0,2} (?:un|une|des|quelques|qq) (?:billets?|pieces?|sous|euros?|biftons?)"
            + "|(?:i'll|ill) (?:give|hand over|slip|bung) (?:you )?(?:a|some|the odd) (?:tenner|fiver|note|cash|quid|bucks|coins)"
            + "|(?:for|pour) a (?:score|pony|monkey|ton)|un peu de monnaie|spare change"
            + "|remerci\\p{L}* (?:la personne |les gens |cette personne |vous |les |la |le )?(?:comme il se doit|comme il faut|dignement|genereusement|convenablement|a sa juste valeur)"
            + "|(?:je |nous |il |elle |on )?(?:saurai|saurait|saurons|saura|sauront|sais) (?:vous |la |le |les |te )?(?:remercier|recompenser|me montrer genereu\\p{L}*)"
            + "|(?:me|se|nous) montrer genereu\\p{L}*|(?:will|would|i'll|we'll) be (?:very )?generous|make it up to you"
            + "|(?:on voit|on verra|nous verrons|voyons|we'll see)(?: ensemble)?(?: pour)? (?:le reste|la suite|ce qu'il (?:convient|faut)|the rest)"
            + "|pour (?:le|la) (?:reste|suite),? on (?:voit|verra)"
            + "|(?:le reste|la monnaie|the rest|the change) (?:est|sera|is|will be) pour (?:vous|toi)|(?:the rest|the change) is (?:yours|for you)"
            + "|(?:gardez|garde|keep) (?:la monnaie|le reste|the change|the rest)|etrennes|christmas box"
            + "|(?:je |j')?(?:donnerai|donne|filerai|file) la (?:petite )?piece|arrondi\\p{L}{0,5} pour"
            + "|(?:je paie|je paye|je paierai|je payerai|i'll pay|ill pay|i will pay|i pay) (?:la personne|celui|celle|whoever|the person|someone|the helper)"
            + "|(?:to|for) whoever (?:does|helps|comes|can)|(?:a|pour) (?:la personne|celui|celle) qui (?:m'aid|viendr|le fer|la fer|me l|s'en)\\p{L}*"
            + "|(?:skint|hard up|fauchee?|raide|broke)(?: \\p{L}+)? (?:so|donc|alors)|(?:un |une )?(?:petit|petite) (?:billet|biffeton|bifton)"
            + "|(?:quelques|des|deux ou trois|a few) (?:billets|biftons|notes|banknotes) (?:de cote )?(?:pour|for)"
            + "|(?:en|on) (?:discute|discuter|parle|parler|discuterons) en (?:prive|mp)|discuss (?:in private|by dm|privately)"
            + "|en retour|donnant[- ]donnant|give and take|tit for tat|coups? de main rendus?|service pour service|un service contre un autre"
            + "|(?:vous|tu) m'aiderez|(?:je peux |je pourrai )?rendre (?:un )?service en echange|en echange,|en echange (?:j'aimerais|je voudrais|peut-etre|si vous|vous pourriez)"
            + "|on (?:arrange|s'arrange)(?: autre chose| quelque chose| ca)?|(?:vous garderez|gardez|vous pouvez garder|you can keep|you'll keep) (?:la monnaie|le reste|les oeufs|the change|the rest)"
            + "|(?:buy|buying|pay|payez|paie|payer|paye|offrez|offrir|shout)(?:[- ]moi| me| moi)? (?:a |un |une |the |les )(?:coffee|cafe|drinks?|verres?|beers?|bieres?|pints?|coup|pintes?)"
            + "|(?:send|give) (?:you )?a thank[- ]you|de quoi (?:vous |te |les )?remercier|remercier avec|thank (?:you|them|him|her) with"
            + "|thank (?:them|him|her) (?:properly|somehow|in some way)|(?:won'?t|wouldn'?t|would not) say no to"
            + "|(?:to|a) (?:your|votre|ta) (?:conscience|bon coeur|generosite|generosity|discretion)"
            + "|(?:un |a |une )?(?:billet|note|tenner|fiver|bill|piece|coin) (?:pour|for) (?:le |l'|the |mon |my )?(?:gasoil|essence|petrol|fuel|gas|carburant|bus|trajet|ticket)"
            + "|\\+ (?:un|une|a) (?:billet|piece|tenner|fiver|note|petit)"
            + "|(?:pieces?|coins?|sous) (?:dans|in|into) (?:la|ma|the|my|a|une) (?:boite|tirelire|jar|box|mailbox|pot|chapeau|tin)"
            + "|(?:jar|tirelire|boite|box|tin|pot|chapeau|tip jar) (?:at|by|a|devant|pres de|next to|on) (?:the|my|la|ma|l') ?(?:door|porte|entree)"
            + "|(?:for|pour) (?:the others|les autres),? (?:we can|on peut|on) (?:discuss|en discuter|discuter|talk|voir)"
            + "|de quoi (?:couvrir|payer) (?:l'encre|le papier|mes frais|l'essence|my)|(?:to )?cover (?:the )?(?:ink|paper|costs)"
            + "|(?:a|an|une|un) (?:bit|little|wee|petit) extra(?! (?:in case|au cas|for the (?:prices|shopping)))|throw in a bit"
            + "|(?:(?:une|a) (?:vingtaine|trentaine|cinquantaine|dizaine|quinzaine) d'euros|\\d+ (?:quid|euros?|€|balles)) (?:a la cle|for the lot|pour le tout)"
            + "|(?:je vais|je peux|i will|i'll|i can) (?:vous |you )?(?:donner|give|filer|offrir|hand over) (?:you )?(?:une|un|around|about|environ|quelques|some|a few|\\d+)"
            + "(?: \\p{L}+)?(?: ?d')? ?(?:euros?|€|quid|balles|bucks|pounds|dollars|billets?|notes?|sous)"
            + "|(?:j'ai|jai|i have|i've got) (?:une|un|around|about|environ|quelques|some|a few) ?(?:vingtaine|trentaine|dizaine|cinquantaine|couple)? (?:d'euros|euros|quid|balles|bucks)"
            + "|(?:charging|charge|paying|pay|give|giving|offering|for|pour) a (?:score|pony|monkey)|thank me (?:somehow|properly|in some way)"
            + "|(?:si vous voulez|if you want to|if you'd like to|if (?:your|the) family wants? to) (?:me )?(?:remercier|thank)"
            + "|return the favou?r with|rendre la pareille (?:avec|en)|swap (?:for|with|against)|troc contre"
            + "|compenser\\p{L}*|(?:peut|peux|can|cannot|can't|cant) (?:pas |not )?(?:payer|pay) (?:beaucoup|much)|fera un effort"
            + "|(?:insists?|insiste) (?:on giving|pour donner|a donner|de donner|on paying|pour payer)|giving something|donner quelque chose"
            + "|(?:small|little|petit|petite) (?:thank[- ]you|merci)|(?:un |a )?billets? de \\d+ (?:par|la|le|per|a) \\p{L}+"
            + "|(?:gratuit|free)(?:-ish| sauf| except| but)|enfin presque|almost free|presque gratuit|free[- ]ish"
            + "|contre (?:un|une|des|deux) (?:cafes?|verres?|bieres?|bouteilles?|resto|gateaux?|coffees?|beers?|pints?)"
            + "|c'est combien|vous prenez combien|how much do you charge|(?:refuse|refuserai|dirai|dis) pas (?:un|une) (?:billet|piece|pourboire|biere|bouteille)"
            + "|(?:euros?|€|quid|balles|bucks|pounds),? (?:ok|d'accord|ca vous va|that ok|is that ok)"
            + "|(?:dans|sur|in) (?:mon|my) (?:testament|will)|(?:remember|mention) you in my will|(?:vous )?coucherai sur mon testament|heritage pour vous"
            + "|(?:petits? |little |small )?(?:cadeaux|presents|gifts) (?:aux|a|to) (?:gens|people|ceux|those|anyone|personnes|whoever|helpers)"
            + "|(?:a |un |une |des |de )?(?:nice |little |petits? |small |beau |joli )?(?:gifts?|presents?|cadeaux?) (?:to|a|aux|au|for|pour) (?:the |la |le |les )?(?:person|personne|helper|helpers|benevole|benevoles|volunteer|volunteers|gens|people|you|vous|whoever|celui|celle)"
            + "|(?:gifts?|presents?|cadeaux?) (?:at the end|a la fin|each|chaque|every|in return|en retour|as thanks|en remerciement)"
            + "|give (?:something|a little) back|(?:presses?|slips?|puts?) (?:a coin|a note|a tenner|a fiver|some money|money) (?:into|in) (?:my|your) hand"
            + "|(?:me|vous|lui|te) donner (?:une|un|quelques) (?:piece|pieces|billet|billets|pourboire|petit billet)"
            + "|(?:m'invite\\p{L}*|invite me|m'inviter) (?:au|a|to|for) (?:resto|restaurant|diner|dinner|lunch|dejeuner|boire|a drink|a meal)"
            + "|(?:on|nous) (?:se mettra|se mettrons|s'entendra|s'arrangera) d'accord|on se mettra d'accord|we'll agree (?:on|a)"
            + "|(?:i'll |je )?(?:keep|garde|garderai) (?:whatever'?s left|whatever is left|le reste|the rest|the change|la monnaie)"
            + "|anything helps|tout (?:m')?aide|seances? (?:decouverte|d'essai)|cours d'essai|trial (?:session|lesson|class)"
            + "|(?:leave|make|give|laisser|faire) (?:a |un )(?:donation|don)(?! (?:to|a|au|aux) )"
            + "|(?:twenty|thirty|forty|fifty|ten|fifteen|\\d+)-?ish (?:euros?|quid|bucks|pounds)|(?:cover|couvrir|payer) (?:the |l'|le )?(?:petrol|essence|fuel|gasoil|tip)"
            + "|split (?:the )?(?:costs|fuel|petrol)|(?:pour|for) (?:les|mes|the|my) (?:tarifs|prix|prices|rates)"
            + "|(?:carte|pack|forfait|bloc|block) de \\d+ ?(?:h|heures|seances|cours|lessons|hours|sessions)"
            + "|(?:monthly|weekly|hourly|annual|yearly) fee|(?:my|mon|mes|a|un|small|petit|petits) (?:fee|tarif|price) (?:of|de) \\d+"
            + "|\\d{1,3} ?p (?:a|per|each|la|par) (?:page|minute|min|sheet|copy|call|item)|per (?:\\d+ )?min(?:ute)?s?|(?:la|par) minute"
            + "|(?:d'euros|de balles|euros|balles|quid|bucks) de cote|(?:money|cash|a few quid) (?:set )?aside|(?:vous|tu) m'offr\\p{L}* (?:un|une|le|la)"
            + "|(?:une piece|un billet|something|a bit|a share|une part|un petit quelque chose) si (?:ca|ça) marche|(?:something|a bit|a share) if it works"
            + "|(?:les parents|ils|elles|people|they|parents) (?:donnent|give|paient|pay) (?:ce qu'ils|ce qu'elles|what they) (?:veulent|want|peuvent|can)"
            + "|particip\\p{L}{0,5} un peu|(?:chip|pitch) in a bit|dons? (?:pour|to) (?:mon|ma|my|our|notre) (?:association|asso|charity|club|projet|project)"
            + "|(?:starting|starts) (?:at|from)|a partir de \\d|(?:price|prix|tarifs?) (?:depends?|selon) (?:on )?(?:difficulty|the job|la difficulte|le travail|the work|the time|le temps)|(?:voir|see) (?:mon|my) (?:annonce|ad|listing|profil|profile)"
            + "|(?:bidon|tronc|boite a dons|cagnotte) (?:a|at|by|devant|pres de) (?:l'|la |the )?(?:entree|porte|door)"
            + "|(?:^|[.!?;,] ?)prevoir (?:une|un) (?:vingtaine|trentaine|dizaine|cinquantaine|quinzaine|billet|petit)|un dix (?:par|pour|la)"
            + "|dringuelle|(?:une |des |deux |quelques |une couple de )?piasses?|une couple de (?:piasses|dollars|piastres)|on en jasera"
            + "|contre (?:un )?service|(?:payez|payer|paye|pay|paid|payment)(?:-moi| me)? en nature|in kind"
            + "|selon (?:ses|vos|leurs|tes) moyens|(?:nous |je |on )?compenserons|(?:we'll|we will|i'll|i will) compensate|compenser le temps"
            + "|(?:buy|get|shout) you a (?:coffee|drink|beer|pint|meal|lunch)|loonies?|toonies?|pour le geste|(?:un|le|a) geste"
            + "|je ne fixe pas de prix|ne fixe pas de prix|(?:ca|cela) depend de ce que vous (?:touchez|gagnez|recevez)"
            + "|share (?:a bit|some)|split (?:it|the difference)|(?:i'll|i will) see you right|sort you out with|(?:pizza|beers?|drinks?|lunch|dinner)(?: and \\p{L}+)? on me"
            + "|a bit of (?:dosh|cash|money|wonga)|(?:aider|help)(?: me)? (?:un peu |a bit |out )?financi\\p{L}*|contributions? (?:go|goes) towards"
            + "|(?:un )?petit merci (?:dessus|par lydia|via|sur)|envoyer un petit merci"
            + "|abonnement (?:mensuel|hebdomadaire|annuel)|(?:monthly|weekly|yearly) subscription|(?:small|petit) (?:monthly )?(?:subscription|abonnement)"
            + "|twenty-odd|thirty-odd|forty-odd|fifty-odd|(?:je|nous) (?:vous |te )?donnerai(?:s|t|ons)? (?:une|un|quelques|qq)"
            + "|(?:to |could |would |can |might )?give (?:you |u )?something|(?:vous |te )?donner (?:un petit |une petite )?quelque chose"
            + "|(?:first|1st) (?:lesson|session|class|visit|walk|hour|week|month)s? (?:is |are )?free|(?:premier|premiere|1er|1ere)s? "
            + "(?:cours|seances?|heures?|visites?|semaines?|mois|promenades?) (?:est |sont )?(?:gratuite?s?|offerte?s?)", E);

    private static final Set<String> ENOUGH = TextScan.words("enough", "suffit", "suffisant", "suffisante", "assez");
    private static final Set<String> MEANS_ASKED = TextScan.words("paiement", "payment", "reglement", "pay", "payable",
            "payez", "par", "via", "by", "accepte", "acceptes", "accepted", "only", "uniquement", "please", "svp");
    /** Words of a money lesson: with them, a price word in homework is the subject. */
    private static final Set<String> MATH_TOPICS = TextScan.words("pourcentage", "pourcentages", "percentage",
            "percentages", "tva", "vat", "remise", "remises", "soldes", "soldés", "solde", "interets", "interest",
            "proportionnalite", "proportions", "fractions", "equations", "calcul", "calculs", "calculer", "calculate",
            "economie", "economics", "ses", "inflation", "budget", "taux", "rate", "discount", "discounts");

    private static final Set<String> NO_NEED = TextScan.words("pas", "not", "no", "dont", "don", "didn", "nothing", "rien",
            "aucun", "aucune", "sans", "without", "jamais", "never", "ni", "nor", "veut", "want", "besoin", "need");
    private static final Set<String> OWN_BEFORE = TextScan.words("mon", "ma", "my", "his", "her", "son", "sa", "their",
            "leur", "notre", "our");
    private static final Set<String> PAST_OR_PASSIVE = TextScan.words("est", "sont", "is", "are", "was", "were", "deja",
            "already", "been", "ete", "bien");

    private static boolean answered(TextScan scan, TextScan.Finding f) {
        List<String> before = scan.wordsBefore(f.start(), 5);
        String w = scan.s.substring(f.start(), f.end());
        boolean moneyOrAsk = f.code() == AMOUNT || f.code() == COMPENSATION || f.code() == REIMBURSEMENT_AMOUNT
                || f.code() == PAYMENT_WORD && (w.startsWith("for money") || w.startsWith("money"));
        if (moneyOrAsk && before.size() >= 2 && TextScan.anyIn(before, NO_NEED)
                && (before.contains("besoin") || before.contains("need") || before.contains("want") || before.contains("veut")
                || before.contains("even") || before.contains("meme") || before.contains("dont") || before.contains("pas"))) {
            return true; // "pas besoin de thune", "no need to chip in for fuel", "not even a fiver", "on veut pas que vous dépensiez un centime"
        }
        if (f.code() == PAYMENT_WORD && !before.isEmpty() && OWN_BEFORE.contains(before.get(0))
                && TextScan.words("job", "salaire", "salary", "wage", "wages", "boulot", "student", "etudiant", "paie", "pay")
                .stream().anyMatch(w::contains)) {
            return true; // "mon job étudiant", "my student job": the author's own pay, a subject of the help
        }
        return f.code() == PAYMENT_WORD && (w.equals("paye") || w.equals("payee") || w.equals("paid") || w.equals("payes"))
                && !before.isEmpty() && PAST_OR_PASSIVE.contains(before.get(0)); // "le meuble est payé"
    }

    /** Verbs of giving money away, before an amount sent to a charity: "je donne 20 € par mois aux Restos". */
    private static final Set<String> GIVING_AWAY = TextScan.words("donne", "donner", "give", "gives", "donate",
            "donates", "don", "verse", "send", "envoie");
    /** After "je paye" or "I'll pay": the author pays a third party himself ("je paye moi-même par CB"). */
    private static final Set<String> PAYS_HIMSELF = TextScan.words("myself", "moi", "directement", "directly", "cb",
            "card");

    /** Payment words that are doubtful only: beside a statement that the help is free, they are the subject. */
    private static final List<String> AMBIGUOUS = List.of("odd job", "petit boulot", "petits boulots", "honoraires",
            "supplement", "charge", "facture", "salaire", "wage", "commission", "job");

    /** Units of goods after a price: "4 euros le kilo", "12 € le mètre", "3 € le rouleau". */
    private static final Set<String> GOODS_UNITS = TextScan.words("kilo", "kg", "kilos", "litre", "litres", "metre",
            "metres", "m", "rouleau", "rouleaux", "paquet", "paquets", "bouteille", "lb", "pint", "dozen", "douzaine",
            "baguette", "tin", "roll", "yard");
    private static final Set<String> PURCHASE_BEFORE = TextScan.words("sent", "envoye", "envoyee", "transferred",
            "transfer", "virer",
            "vire", "viree", "bought", "achete", "achetee", "depense", "spent", "cost", "coute", "coutait", "paid", "paye",
            "payee", "quoted");

    /**
     * The price of goods or of something bought, not of the help: a goods unit after it ("4 euros le kilo"), a shop
     * after it ("29,90 € chez Darty"), a purchase or a transfer before it ("I sent 20€ to my sister"), a weekly budget
     * in groceries ("roughly 50 € a week"), a means of payment sent to an institution ("a cheque to the Trésor Public"),
     * a brand name in quotes ("an email from "PayPal"").
     */
    private static boolean goodsPrice(TextScan scan, TextScan.Finding f, AssessmentContext.Kind kind) {
        List<String> after = scan.wordsAfter(f.end(), 3);
        if (f.code() == AMOUNT || f.code() == REIMBURSEMENT_AMOUNT || f.code() == RATE) {
            if (CategoryContext.tiedToHelp(scan, f) || personPriceBefore(scan, f)) {
                return false;
            }
            String w = scan.s.substring(f.start(), f.end());
            String last = w.substring(w.lastIndexOf(' ') + 1);
            if (GOODS_UNITS.contains(last) || after.size() >= 2 && TextScan.words("le", "la", "the", "a", "per", "par", "l")
                    .contains(after.get(0)) && GOODS_UNITS.contains(after.get(1))) {
                return true;
            }
            if (!after.isEmpty() && after.get(0).equals("chez") && !(after.size() > 1
                    && TextScan.words("vous", "moi", "toi", "nous").contains(after.get(1)))) {
                return true;
            }
            if (TextScan.anyIn(scan.wordsBefore(f.start(), 3), PURCHASE_BEFORE)) {
                return true;
            }
            return kind == AssessmentContext.Kind.GROCERIES && f.code() == RATE
                    && TextScan.words("week", "semaine", "month", "mois").contains(last)
                    && TextScan.anyIn(scan.wordsBefore(f.start(), 3), TextScan.words("roughly", "about", "around", "environ",
                    "budget", "approx", "usually", "souvent", "generalement"));
        }
        if (f.code() == PAYMENT_MEANS) {
            String s = scan.s;
            int q = 0;
            for (int i = s.indexOf('"'); i >= 0 && i < f.start(); i = s.indexOf('"', i + 1)) {
                q++;
            }
            return q % 2 == 1 || after.size() >= 2 && TextScan.words("to", "au", "a", "aux").contains(after.get(0))
                    && TextScan.anyIn(after, TextScan.words("tresor", "impots", "hospital", "hopital", "caf", "mairie",
                    "bank", "banque", "trust", "council", "landlord", "proprio", "school", "ecole", "tax"));
        }
        return f.code() == OFFER_TO_PAY && TextScan.anyIn(scan.wordsBefore(f.start(), 2), TextScan.words("comment", "how"));
    }

    /** Shops, services and institutions whose prices a text may quote. */
    private static final Set<String> PRICED_BY = TextScan.words("cyber", "papeterie", "imprimerie",
            "library", "bibliotheque", "mairie", "pharmacy", "pharmacie", "pharmacien", "coop", "store", "magasin",
            "supermarche", "reparateur", "repairer", "plombier", "plumber", "garage", "crous", "caf", "msa", "urssaf",
            "hospital", "hopital", "sfr", "orange", "bouygues", "operateur", "lidl", "auchan", "carrefour", "intermarche",
            "leclerc", "decathlon", "monoprix", "tesco", "papeteries", "tabac", "dentist", "dentiste", "doctor", "medecin",
            "vet", "veterinaire", "huissier", "bailiff", "landlord", "proprio", "cvec", "cotisations", "relance", "charges",
            "charged", "charging");

    private static boolean thirdPartysPrice(TextScan scan, TextScan.Finding f) {
        if (f.code() != AMOUNT && f.code() != RATE && f.code() != REIMBURSEMENT_AMOUNT
                && !(f.code() == PAYMENT_WORD && scan.s.startsWith("fait payer", f.start()))
                && !(f.code() == PAYMENT_WORD && scan.s.startsWith("charges", f.start()))) {
            return false;
        }
        if (CategoryContext.tiedToHelp(scan, f) || CategoryContext.paidHelp(scan, f) || personPriceBefore(scan, f)) {
            return false; // "chez Lidl, comptez 5 € pour le déplacement": the help's price
        }
        return TextScan.anyIn(scan.wordsBefore(f.start(), 7), PRICED_BY) || scan.sentenceHasBefore(f.start(), BOUGHT_OR_COSTS);
    }

    /** A purchase, a hire or a cost said before an amount in its sentence: "j'ai loué un camion (49 €)", "cartridges are". */
    private static final Set<String> BOUGHT_OR_COSTS = TextScan.words("bought", "buy", "achete", "achetee", "achetes",
            "acheter", "loue", "louee", "rented", "hired", "soldes", "coute", "coutent", "coutait", "cost", "costs",
            "devis", "quote", "quoted", "peage", "toll", "tolls", "battery", "batterie", "cartridges", "cartouches",
            "journal", "paper", "newspaper", "garagiste", "artisan", "chauffagiste", "electricien", "electrician",
            "serrurier", "locksmith", "roofer", "couvreur", "heating", "technicien", "technician", "cher", "expensive",
            "timbres", "stamps", "pv", "contravention");

    /** A school exercise about money: "ma fille a un exercice de SES sur le budget", "exo de brevet : forfait A à 15 €". */
    private static final Pattern EXERCISE = Pattern.compile(B + "(?:(?:a|as|ont|has|have|doit|doivent|must|fait|faire|got)"
            + " (?:un |une |an |a )?(?:exercice|exo|exercise|dm|probleme|problem|calcul|expose)|(?:exercice|exo|exercise|probleme"
            + "|problem|brevet|corrige) (?:de|d'|sur|on|about|:)|calculer|calculate|work out|taux d'evolution|interet (?:simple|compose)"
            + "|compound interest|formule|(?:maths?|math) homework|homework (?:on|about)|devoirs? de maths|what'?s the price"
            + "|quel (?:est|sera) le prix|% off|project on|projet sur|expose sur)" + E);

    /** "je prends 5 €", "you give me 10": a person sets or gives the price right before the money. */
    private static boolean personPriceBefore(TextScan scan, TextScan.Finding f) {
        List<String> before = scan.wordsBefore(f.start(), 4);
        return TextScan.anyIn(before, TextScan.words("vous", "you", "u", "contre", "echange", "exchange", "return",
                "retour", "je", "j", "i", "ll", "we", "on", "nous", "prends", "take", "ask", "comptez", "forfait", "billed",
                "for", "pour", "my", "mon", "mes"));
    }

    /** What one may get back without payment: "un peu de compagnie en retour", "a smile in return". */
    private static final Set<String> WARM_RETURNS = TextScan.words("compagnie", "company", "sourire", "sourires", "smile",
            "smiles", "merci", "thanks", "plaisir", "pleasure", "conversation", "chat", "nouvelles", "news");

    /** A charity the reader is sent to instead: "if you want to give something, give it to the food bank". */
    private static final Set<String> CHARITY = TextScan.words("charity", "charities", "association", "asso", "restos",
            "secours", "croix", "cross", "foodbank", "ngo", "ong", "emmaus", "caritas", "unicef", "telethon", "alimentaire",
            "refuge", "spa");

    /** Whether the sentence of {@code pos} names something of value (a gift, a meal, money, a voucher). */
    private static boolean rewardInSentence(TextScan scan, int pos) {
        return scan.sentenceHas(pos, REWARD_OBJECTS);
    }

    /** Whether a charity is named after {@code pos} in the same sentence, within 120 characters. */
    private static boolean charityAfter(TextScan scan, int pos) {
        String s = scan.s;
        int end = Math.min(s.length(), pos + 120);
        if (s.substring(pos, end).contains("food bank")) {
            return true;
        }
        int i = pos;
        String previous = "";
        while (i < end) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                return false;
            }
            if (TextScan.isWordChar(c)) {
                int start = i;
                while (i < s.length() && TextScan.isWordChar(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                if (CHARITY.contains(word)) {
                    return !OWN.contains(previous); // "dons acceptés pour mon association": the author's own cause
                }
                previous = word;
            } else {
                i++;
            }
        }
        return false;
    }

    private static final Set<String> OWN = TextScan.words("mon", "ma", "my", "our", "notre", "nos", "mes");

    /** "Donations of fabric welcome", "dons de tissu": goods for the cause, not money for the author. */
    private static boolean inKind(TextScan scan, int start, int end) {
        if (!scan.s.substring(start, end).contains("don")) {
            return false; // only donations: "une petite enveloppe en fin de mois" is money
        }
        List<String> after = scan.wordsAfter(end, 2);
        return after.size() == 2 && TextScan.words("of", "de", "en").contains(after.get(0))
                && !TextScan.words("money", "cash", "argent", "especes", "any", "toute", "tout").contains(after.get(1));
    }

    private static final List<String> RECIPROCITY_TRIGGERS = List.of("echange", "contrepartie", "contre ", "arrange",
            "verra", "voit", "parlera", "discutera", "ce qu", "cke", "ske", "c que", "arrondi", "cadeau", "bouteille", "enveloppe", "dons", "don ",
            "exchange", "return", "while", "for your", "give you", "pay you", "for you", "thank you", "symbolic", "gift",
            "more", "extra", "un peu plus", "round", "donation", "about", "rate", "superprof", "malt", "yoopies", "wecasa",
            "care.com", "bsit", "nounou", "kinougarde", "stootie", "yoojo", "taskrabbit", "airbnb", "abonnement",
            "subscription", "-odd", "donner", "free", "gratuit", "offert", "contribution", "participation", "obole",
            "suggested", "score", "pony", "monkey", "thank me", "remercier", "thank", "favour", "favor", "pareille",
            "swap", "troc", "compens", "payer", "pay", "effort", "insist", "giving", "quelque chose", "merci", "billet",
            "gratuit", "free", "presque", "contre", "combien", "how much", "refuse", "dirai", "dis pas", "ok", "accord",
            "ca vous va", "testament", "will", "cadeaux", "presents", "gifts", "gift", "present", "cadeau", "coin",
            "donner une", "donner un", "donner quelques", "invit", "d'accord", "agree", "keep", "garde", "helps", "aide",
            "decouverte", "essai", "trial", "donation", "don", "-ish", "ish ", "cover", "couvrir", "payer", "split",
            "tarifs", "prix", "prices", "rates", "carte de", "pack de", "forfait de", "bloc", "block", "fee", "frais",
            "tarif", "price", "cost", "p a", "p per", "p each", "p la", "p par", "min", "minute", "de cote", "aside", "m'offr", "marche", "works", "donnent", "give", "particip", "chip", "pitch",
            "dons", "starting", "starts", "partir", "depend", "selon", "variable", "annonce", "listing", "profil", "bidon",
            "tronc", "cagnotte", "prevoir", "un dix", "dringuelle", "piasse", "jasera", "nature", "kind", "moyens", "compens", "coffee", "drink",
            "loonie", "toonie", "geste", "fixe", "depend", "share", "split", "see you right", "sort you", "on me",
            "dosh", "financi", "towards", "petit merci", "retour", "donnant", "give and take", "tit for tat", "rendu", "service", "aiderez", "arrange",
            "garder", "gardez", "keep", "buy", "pay", "paie", "paye", "offrez", "shout", "thank", "say no", "conscience",
            "coeur", "generosit", "discretion", "billet", "note", "tenner", "fiver", "bill", "piece", "coin", "+ ", "jar",
            "tirelire", "boite", "box", "chapeau", "others", "autres", "couvrir", "cover", "extra", "throw in", "a la cle",
            "lot", "le tout", "donner", "give", "hand over", "j'ai", "jai", "i have", "i've got",
            "negoci", "negotia", "debattre", "rate", "price", "fee", "tarif", "prix", "reasonable", "cadeau",
            "gift", "present", "bon", "voucher", "tip", "pourboire", "bouteille", "chocolat", "saur", "serez", "you'll be",
            "you will be", "quittes", "square", "even", "partag", "chip in", "pitch in", "cover my", "particip",
            "arrangement", "work", "split", "share", "gesture", "geste", "attention", "enverr", "donner", "offri", "file",
            "remercier", "saur", "sais ", "genereu", "generous", "make it up", "verra", "verrons", "voyons", "see",
            "reste", "suite", "derangement", "deplacement", "inconvenience", "bother", "monnaie", "rest", "change", "gardez",
            "keep", "etrennes", "christmas", "piece", "paie", "paye", "pay", "whoever", "qui", "skint", "hard up",
            "fauche", "raide", "broke", "prive", " mp", "private", "privately",
            "donne", "verse", "glisse", "i'll", "ill ", "score", "pony", "monkey", " ton", "monnaie", "change");

    /**
     * Thirteenth round: asks that the rules above let through because a charity or a club is named (which
     * {@code charityAfter} accepts for a gift the author sends on his own): a donation solicited from the reader
     * ({@code les dons pour le camp sont acceptés}, {@code anything you'd like to give to the church roof appeal},
     * {@code a collection tin}), a membership to take out before the help; a treat or a reward promised for the help
     * ({@code I'll treat you to a nice dinner}, {@code je lui offrirai un bon resto}, {@code she'll want to reward
     * you}); a debt of favour ({@code you'll owe me one}); hiring through a marketplace ({@code hire me through Malt}).
     * Not a donation of goods ({@code donations of fabric welcome}), nor a coffee offered during a visit.
     */
    private static final Alternation SOLICITED = Alternation.of(B, "(?:dons?|donations?|offrandes?|offerings?|contributions?)"
            + "(?! (?:of|de|d'|en nature|alimentaires?|de nourriture))(?: [\\p{L}']+){0,6} (?:sont |est |are |is |would be |will be |seront |sera )?(?:toujours |always )?(?:les |la |le )?"
            + "(?:bienvenue?s?|acceptee?s?|welcome|accepted|gratefully received|recue?s? avec reconnaissance)"
            + "|(?:anything|whatever|something) (?:you'd|you would|you) (?:like|want|wish|care) to (?:give|donate|put in)"
            + "|gratefully received|(?:collection|donation) (?:tin|box|jar|pot|bucket)|(?:tronc|urne|boite) (?:pour|for) (?:le|la|les|the)"
            + "|(?:take out|prendre|souscrire) (?:the |a |an |l'|une |votre |your )?(?:\\S+ )?(?:annual |yearly |annuelle |annuel )?"
            + "(?:membership|adhesion)|membership first|adhesion (?:d'abord|prealable)"
            + "|(?:treat|shout) (?:you|u) to (?:a |an |some )?(?:nice |good |slap-up |proper )?(?:dinner|meal|lunch|drink|drinks|coffee|restaurant|pint|curry|pizza)"
            + "|(?:je |on |nous )?(?:vous |te |lui |leur )?(?:offrirai|offrira|offrirons|offrirait|payerai|paierai|payera|paiera|payerons|inviterai|invitera)\\p{L}{0,2} "
            + "(?:un |une |le |au |a )?(?:bon |petit |super )?(?:resto|restaurant|repas|diner|dejeuner|apero|gueuleton)"
            + "|(?:want|wants|insist|insists|like|likes|always|will|'ll) (?:to )?reward (?:you|people|whoever|the helper|them)"
            + "|(?:veut|voudra|tient a|tiendra a|aime|insiste pour) (?:vous |te |les )?recompenser"
            + "|genereu\\p{L}* (?:avec|envers) (?:ceux|celles|les gens|les personnes)|generous (?:with|to) (?:those|people|anyone|whoever)"
            + "|(?:you'll|you will|you'd) owe me (?:one|a favou?r)|(?:tu me devras|vous me devrez) (?:une|un)|vous m'en devrez une"
            + "|hire (?:me|us) (?:through|on|via|sur)|(?:keep|garde|garderai) (?:anything|whatever|tout ce) (?:i can |que je peux |qui peut )?(?:resell|sell|revendre|se revendre)", E);

    /** Something on top of the goods for the helper: doubtful even beside a receipt. */
    private static final Alternation ON_TOP_OF_THE_GOODS = Alternation.of(B, "arrondi\\p{L}{0,5} (?:le ticket|au billet"
            + "|a la dizaine|a l'euro superieur)|en plus (?:du ticket|des courses|de la note)|pour (?:la|votre|ta) peine"
            + "|on top of the (?:receipt|shopping|groceries|bill)|for your trouble|round(?:ed)? (?:it )?up (?:to|for)"
            + "|pour (?:votre|ton) (?:derangement|deplacement)|pour le derangement|for (?:your|the) (?:inconvenience|bother)"
            + "|pour (?:mon|ma) (?:temps|peine|matinee|journee|soiree|aprem|apres-midi)|for my (?:time|trouble|morning|day|afternoon)"
            + "|(?:on voit|on verra|nous verrons|voyons|we'll see)(?: ensemble)?(?: pour)? (?:le reste|la suite|the rest)"
            + "|arrondi\\p{L}{0,5} (?:un peu )?(?:le ticket|la note|le total)|round(?:ed)? up the (?:receipt|bill|total)|split (?:it|the difference|the refund)|share (?:a bit|some|it) with me"
            + "|(?:et|and) (?:un peu plus|a bit more|a little more|un petit plus)"
            + "|(?:add |and )?(?:a bit|something|a little something|a little|un petit quelque chose|un petit plus|un peu) (?:extra |more |de plus )?"
            + "(?:for|pour) (?:your|votre|ta|la|vos|tes) (?:time|trouble|effort|efforts|peine|temps|service)", E);

    /** A currency sign with no amount: "Dog walks £, message me". */
    private static final Pattern BARE_CURRENCY = Pattern.compile("(?<![\\p{N}.,] ?)[£€$](?! ?\\p{N})");

    /** Thanks with something of value in the same sentence: "un petit virement pour me remercier", "a bottle as thanks". */
    private static final Alternation THANKS = Alternation.of(B, "pour (?:vous |te |me |les |la |le )?remercier|en remerciement"
            + "|(?:as|in) (?:a )?(?:thanks|thank you|thank-you)|to (?:say )?thank (?:you|them|him|her)|pour (?:dire )?merci"
            + "|en guise de (?:merci|remerciement)|as a token|(?:je )?(?:dirai|dis|dirais) pas non|(?:wouldn'?t|won'?t|would not) say no"
            + "|je (?:les |la |le )?prends volontiers|(?:on est|on sera|nous serons|we'?re|we are|we'll be) (?:quittes|square|even)", E);
    private static final Set<String> REWARD_OBJECTS = TextScan.words("cadeau", "cadeaux", "gift", "gifts", "present",
            "bouteille", "bottle", "vin", "wine", "whisky", "champagne", "resto", "restaurant", "repas", "meal", "meals",
            "dinner", "diner", "gateau", "gateaux", "cake", "cakes", "bons", "bon", "voucher", "vouchers", "card", "cards",
            "carte", "tickets", "forfait", "credit", "recharge", "top", "chocolats", "chocolates", "virement", "billet",
            "pieces", "sous", "monnaie", "argent", "money", "cash", "euros", "quid", "bucks", "tenner", "fiver", "offrir",
            "offre", "offrirai", "donner", "donnerai", "give", "enverra", "send", "something", "quelque", "resto",
            "restaurant", "bouteilles", "bottles", "pourboire", "tip", "tips", "oeufs", "fromage", "fromages", "eggs",
            "cheese", "confiture", "jam", "score", "donation", "dons", "cafe", "coffee", "biere", "beer",
            "croissants", "partie", "part");

    /** Goods the money of an ask may be for: then it is a reimbursement or a purchase, not a payment. */
    private static final Set<String> GOODS = TextScan.words("courses", "course", "shopping", "groceries", "veg",
            "vegetables", "legumes", "ticket", "receipt", "boulangerie", "pain", "bread", "pharmacie", "medicaments",
            "packs", "achats", "liste", "list", "commande", "order", "till", "bill", "facture", "max", "maximum");

    /** "moins de 5 balles", "under a fiver": a threshold of the goods' cost, not a price. */
    private static final Set<String> COMPARISON = TextScan.words("moins", "less", "under", "than", "sous", "depasse",
            "exceed", "exceeds", "over");

    /** Words that make the next amount someone else's: goods, a purchase, a bill, a third party. */
    private static final Set<String> OWNER = TextScan.words("achete", "achetee", "achetes", "acheter", "bought", "buy",
            "buys", "paye", "payee", "payes", "paid", "coute", "coutent", "coutait", "coutaient", "cost", "costs",
            "valait", "vaut", "priced", "chez", "budget", "loyer", "rent", "caution", "deposit",
            "dette", "dettes", "debt", "debts", "factures", "bill", "bills", "amende", "fine", "impots", "tax", "stamp",
            "timbre", "parking", "promo", "reduction", "voucher", "bon", "raise", "collecter", "recolter", "gagne",
            "win", "won", "earn", "earns", "huissier", "proprio", "landlord", "sortie", "trip", "voyage", "projet",
            "project", "exercice", "exo", "dm", "sums", "maths", "economics", "plombier", "plumber", "devis", "quote",
            "benefit", "benefits", "allocation", "pension",
            "retraite", "salaire", "wage", "pays", "paie", "spend", "spent", "depense", "depenses", "canape", "sofa",
            "meuble", "armoire", "ordinateur", "laptop", "credit", "prepaid", "topup", "recharge", "prepayee", "kettle", "imprimante", "printer", "tablets", "cantine",
            "repas", "mise", "mise", "placer", "interets", "interest", "prize", "gift", "card", "carte", "montant",
            "cheque", "charge", "charged", "reclame", "reclamant", "owe", "owes", "doit", "dois", "vend", "vendent",
            "vendu", "vendait", "sells", "sold", "sell", "seller", "vendeur", "vendeuse", "quoted", "donate", "donated",
            "donner", "charity", "association", "don", "donation");

    /** Words just before an amount that send it to the reader or the author: "vous me donnez 5 €", "my £5". */
    private static final Set<String> TO_SOMEONE = TextScan.words("me", "moi", "m", "my", "mon", "ma", "mes", "te",
            "toi", "vous", "you", "u", "contre", "echange", "exchange", "return", "retour");

    /** Units of help after an amount: "10 € per session" is a rate for the help, whatever word stands before. */
    private static final Set<String> HELP_UNITS = TextScan.words("session", "sessions", "seance", "seances", "lesson",
            "lessons", "cours", "heure", "hour", "h", "visit", "visite", "passage", "walk", "promenade", "sortie",
            "intervention", "dossier", "lettre", "letter", "run", "trip", "course", "service");

    private VagueAsks() {
    }

    /**
     * Applies both rules to the findings of {@code scan}, after the certainty gate.
     *
     * @param scan the text and its findings
     */
    static void apply(TextScan scan, AssessmentContext.Kind kind) {
        boolean lesson = kind == AssessmentContext.Kind.HOMEWORK && scan.hasWord(MATH_TOPICS, scan.s.length());
        // "your dog's company is payment enough"; in homework, "pourcentages, prix soldés, TVA" or "from the denarius
        // to Bitcoin" are the lesson's subject unless a means is asked for as such ("paiement PayPal")
        scan.findings.removeIf(f -> f.verdict() == NEEDS_REVIEW && (f.code() == PAYMENT_WORD
                && TextScan.anyIn(scan.wordsAfter(f.end(), 1), ENOUGH)
                || kind == AssessmentContext.Kind.HOMEWORK && f.code() == PAYMENT_MEANS
                && !TextScan.anyIn(scan.wordsBefore(f.start(), 2), MEANS_ASKED) && !TextScan.anyIn(scan.wordsAfter(f.end(), 2), MEANS_ASKED)
                || lesson && f.code() == PAYMENT_WORD));
        // a gift sent to a charity ("faire un don aux Restos du cœur", "give it to the food bank") or given in kind
        // for the cause ("donations of fabric welcome") is not for the author
        scan.findings.removeIf(f -> (f.code() == COMPENSATION || f.code() == PAYMENT_WORD) && f.verdict() == NEEDS_REVIEW
                && (charityAfter(scan, f.end()) || inKind(scan, f.start(), f.end()))
                || (f.code() == AMOUNT || f.code() == RATE) && charityAfter(scan, f.end())
                && TextScan.anyIn(scan.wordsBefore(f.start(), 3), GIVING_AWAY));
        // doubts the text itself answers: "pas besoin de thune", "not even a fiver", "a cent more" refused; the price of a
        // shop or a provider ("le cyber du coin fait payer 50 centimes la page", "un réparateur c minimum 60 balles");
        // someone's own job or pay ("mon job étudiant"); a thing already paid ("le meuble est payé et livré")
        boolean free = Certainty.saysItIsFree(scan);
        if (free && Certainty.jokes(scan)) {
            scan.findings.removeIf(f -> f.verdict() == NEEDS_REVIEW); // "1 € la page ? Non je rigole, c'est gratuit"
        }
        scan.findings.removeIf(f -> f.verdict() == NEEDS_REVIEW && (f.code() == PAYMENT_WORD || f.code() == OFFER_TO_PAY)
                && (free && AMBIGUOUS.stream().anyMatch(scan.s.substring(f.start(), f.end())::contains)
                || Certainty.quoted(scan.s, f.start())
                || TextScan.anyIn(scan.wordsAfter(f.end(), 3), PAYS_HIMSELF)));
        boolean exercise = (kind == AssessmentContext.Kind.HOMEWORK || PaymentContext.moneyIsTheSubject(scan.s, kind))
                && scan.finds(EXERCISE) && !PaymentContext.helperOffers(scan);
        scan.findings.removeIf(f -> f.verdict() == NEEDS_REVIEW && (answered(scan, f) || thirdPartysPrice(scan, f)
                || goodsPrice(scan, f, kind) || exercise && (f.code() == AMOUNT || f.code() == RATE
                || f.code() == COMPENSATION || f.code() == PAYMENT_WORD) && !personPriceBefore(scan, f)
                && !CategoryContext.tiedToHelp(scan, f)));
        List<TextScan.Finding> asks = asks(scan);
        if (asks.isEmpty()) {
            someoneElsesMoney(scan);
        }
        scan.findings.addAll(asks);
    }

    private static List<TextScan.Finding> asks(TextScan scan) {
        String s = scan.s;
        List<TextScan.Finding> found = new ArrayList<>(2);
        for (int[] m : SLANG.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4) && !scan.reimbursementInSentence(m[0])
                    && !TextScan.anyIn(scan.wordsAfter(m[1], 4), GOODS)
                    && !TextScan.anyIn(scan.wordsBefore(m[0], 2), COMPARISON)) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        // the reciprocity phrases keep their gate: it is narrower than the phrases' literal starts (a text with "a bit of
        // cash" and none of the triggers is not searched), and dropping it would change verdicts' reasons
        List<int[]> reciprocity = RECIPROCITY_TRIGGERS.stream().anyMatch(s::contains) ? RECIPROCITY.findAll(s) : List.of();
        for (int[] m : reciprocity) {
            if (!scan.negated(m[0], m[1], 4) && !scan.reimbursementInSentence(m[0])
                    && !charityAfter(scan, m[1]) && !inKind(scan, m[0], m[1])
                    && !PaymentContext.answeredNo(scan, m[1])
                    && !TextScan.anyIn(scan.wordsBefore(m[0], 4), WARM_RETURNS)
                    && !TextScan.anyIn(scan.wordsBefore(m[0], 7), PRICED_BY) && !Certainty.quoted(s, m[0])) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        for (int[] m : SOLICITED.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4) && !PaymentContext.answeredNo(scan, m[1]) && !Certainty.quoted(s, m[0])) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        Matcher bare = BARE_CURRENCY.matcher(s);
        if (bare.find()) {
            found.add(new TextScan.Finding(bare.start(), bare.end(), COMPENSATION, NEEDS_REVIEW));
        }
        for (int[] m : ON_TOP_OF_THE_GOODS.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4)) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        for (int[] m : THANKS.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4) && rewardInSentence(scan, m[0])) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        for (int[] m : ASK.findAll(s)) {
            if (scan.negated(m[0], m[1], 3) || scan.reimbursementInSentence(m[0])) {
                continue;
            }
            List<String> after = scan.wordsAfter(m[1], 8);
            List<String> before = scan.wordsBefore(m[0], 6);
            if (TextScan.anyIn(after, GOODS)) {
                continue; // "you give me the list and the money for the veg"
            }
            if (TextScan.anyIn(after, MONEY_OBJECTS) || TextScan.anyIn(before, MONEY_OBJECTS)
                    || moneyFindingNear(scan, m[0], m[1])) {
                found.add(new TextScan.Finding(m[0], m[1], COMPENSATION, NEEDS_REVIEW));
            }
        }
        return found;
    }

    private static boolean moneyFindingNear(TextScan scan, int start, int end) {
        for (TextScan.Finding f : scan.findings) {
            if (scan.sentenceOf(f.start()) == scan.sentenceOf(start) && f.start() < end + 60 && f.end() > start - 60) {
                return true;
            }
        }
        return false;
    }

    private static boolean helpUnitIn(TextScan scan, TextScan.Finding f) {
        for (String word : scan.s.substring(f.start(), f.end()).split("[^\\p{L}\\p{N}]+")) {
            if (HELP_UNITS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void someoneElsesMoney(TextScan scan) {
        if (scan.findings.isEmpty()) {
            return;
        }
        for (TextScan.Finding f : scan.findings) {
            if (f.verdict() != NEEDS_REVIEW || f.code() != AMOUNT && f.code() != RATE) {
                return; // another kind of signal, or a clear payment: the rules before decide
            }
        }
        List<TextScan.Finding> kept = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            List<String> before = scan.wordsBefore(f.start(), 6);
            List<String> close = scan.wordsBefore(f.start(), 2);
            boolean toMeByAThirdParty = close.size() == 2 && close.get(0).equals("me")
                    && TextScan.words("quoted", "charged", "asked", "billed", "demande", "reclame", "facture").contains(close.get(1));
            if (!(TextScan.anyIn(before, OWNER) && (toMeByAThirdParty || !TextScan.anyIn(close, TO_SOMEONE))
                    && !TextScan.anyIn(scan.wordsAfter(f.end(), 3), HELP_UNITS) && !helpUnitIn(scan, f))) {
                kept.add(f);
            }
        }
        scan.findings.clear();
        scan.findings.addAll(kept);
    }
}
