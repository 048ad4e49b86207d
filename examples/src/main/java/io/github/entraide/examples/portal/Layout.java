package io.github.entraide.examples.portal;

import io.github.entraide.EntraideException;
import io.github.entraide.InvalidCommandException;
import io.github.entraide.Violation;
import io.github.entraide.domain.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page shell (skip link, header, navigation, language switch, footer, inline style) and the
 * form pieces every page uses: labelled inputs, CSRF field, error summary. Stateless.
 */
final class Layout {
    private static final String CSS = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5;font-size:1.05rem}
            .skip{position:absolute;left:-10000px;top:0}
            .skip:focus{left:1rem;top:1rem;background:#fff;color:#0b3d6b;padding:.5rem 1rem;z-index:10}
            a{color:#0b4f8a}
            a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #c2410c;outline-offset:2px}
            header{background:#0b3d6b;color:#fff;padding:.5rem 1rem}
            header a{color:#fff}
            .brand{font-size:1.3rem;font-weight:700;margin:0}
            .tagline{margin:0;font-size:.95rem}
            nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
            .who{margin:.3rem 0 0;font-size:.95rem}
            .who form{display:inline}
            .who button{margin:0 0 0 .5rem;padding:.1rem .6rem;background:#fff;color:#0b3d6b}
            main{max-width:60rem;margin:0 auto;padding:1rem}
            label,legend{display:block;font-weight:600;margin-top:1rem}
            figcaption{font-weight:700;margin:.5rem 0}
            .key{display:inline-block;width:1rem;height:1rem;vertical-align:middle;margin-left:.5rem}
            .key-blue{background:#0b4f8a}
            .key-brown{background:#8a3b0b}
            fieldset{border:1px solid #767676;margin-top:1rem;padding:.5rem 1rem 1rem}
            .check{margin-top:.6rem}
            .check label{display:inline;font-weight:400;margin:0 0 0 .3rem}
            input[type=text],input[type=email],input[type=tel],input[type=number],select,textarea{font:inherit;padding:.4rem;border:2px solid #595959;border-radius:4px;width:100%;max-width:32rem;background:#fff;color:#1a1a1a}
            textarea{min-height:6rem}
            button{font:inherit;background:#0b4f8a;color:#fff;border:2px solid #0b4f8a;padding:.5rem 1rem;border-radius:4px;cursor:pointer;margin-top:1rem}
            button.secondary{background:#fff;color:#0b4f8a}
            .alert{border:3px solid #b00020;background:#fdecea;padding:.5rem 1rem;color:#5f0010;margin:1rem 0}
            .notice{border:3px solid #1b5e20;background:#e8f5e9;padding:.5rem 1rem;margin:1rem 0}
            .card{border:1px solid #767676;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
            .contact{background:#fff8e1;border:2px solid #8d6e00;padding:.5rem 1rem}
            table{border-collapse:collapse;margin:1rem 0}
            th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left;vertical-align:top}
            pre{white-space:pre-wrap;word-break:break-word;background:#f4f4f4;padding:.5rem;border:1px solid #ccc}
            .hint{color:#4a4a4a;font-size:.95rem;margin:.2rem 0 0}
            footer{border-top:1px solid #ccc;margin-top:2rem;padding:1rem;text-align:center;color:#4a4a4a}
            """;

    private Layout() {
    }

    static Html page(Exchange x, String title, Html body) {
        String here = Paths.isLocal(x.path()) ? x.path() : "/";
        String other = "en".equals(x.lang()) ? "fr" : "en";
        return Html.of("""
                <!DOCTYPE html>
                <html lang="{}">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{} — Entraide</title><style>{}</style></head>
                <body>
                <a class="skip" href="#main">{}</a>
                <header>
                <p class="brand"><a href="/">{}</a></p><p class="tagline">{}</p>
                <nav aria-label="{}"><ul>{}<li><a href="{}?lang={}" lang="{}" hreflang="{}" aria-label="{}">{}</a></li></ul></nav>
                {}
                </header>
                <main id="main" tabindex="-1">
                <h1>{}</h1>
                {}
                </main>
                <footer><p>{}</p></footer>
                </body></html>
                """, x.lang(), title, Html.raw(CSS), x.t("skip"), x.t("site.name"), x.t("site.tagline"), x.t("nav.label"),
                nav(x), here, other, other, other, x.t("lang.switch.label"), x.t("lang.switch"), who(x), title, body,
                x.t("footer"));
    }

    private static Html nav(Exchange x) {
        List<Html> items = new ArrayList<>();
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        item(items, x, "/", "nav.home");
        if (actor == null) {
            item(items, x, "/signup", "nav.signup");
        }
        item(items, x, "/offers/new", "nav.offer");
        item(items, x, "/requests/new", "nav.ask");
        if (actor instanceof Actor.Member) {
            item(items, x, "/introductions", "nav.introductions");
            item(items, x, "/my-data", "nav.mydata");
        }
        if (actor instanceof Actor.Moderator || actor instanceof Actor.Administrator) {
            item(items, x, "/moderation", "nav.moderation");
        }
        item(items, x, "/stats", "nav.stats");
        item(items, x, "/mailbox", "nav.mailbox");
        if (actor == null) {
            item(items, x, "/signin", "nav.signin");
        }
        return Html.join(items);
    }

    private static void item(List<Html> items, Exchange x, String href, String key) {
        boolean current = x.path().equals(href);
        items.add(Html.of("<li><a href=\"{}\"{}>{}</a></li>", href, Html.raw(current ? " aria-current=\"page\"" : ""),
                x.t(key)));
    }

    private static Html who(Exchange x) {
        return x.session().flatMap(s -> s.actor().map(a -> Html.of(
                // A div, not a p: a form cannot sit inside a paragraph (the parser would close it first).
                "<div class=\"who\">{}{}<form method=\"post\" action=\"/signout\">{}<button type=\"submit\">{}</button></form></div>",
                x.t("signed.as"), x.actorName(a), csrf(x), x.t("nav.signout")))).orElse(Html.EMPTY);
    }

    static Html csrf(Exchange x) {
        return Html.of("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", x.ensureSession().csrf());
    }

    static Html input(Exchange x, String name, String type, String labelKey, String value, boolean required, String extra) {
        return Html.of("<label for=\"{}\">{} {}</label><input type=\"{}\" id=\"{}\" name=\"{}\" value=\"{}\"{}{}>",
                name, x.t(labelKey), required ? x.t("required") : "", type, name, name, value,
                Html.raw(required ? " required" : ""), Html.raw(extra));
    }

    static Html textarea(Exchange x, String name, String labelKey, String value, boolean required) {
        return Html.of("<label for=\"{}\">{} {}</label><textarea id=\"{}\" name=\"{}\" maxlength=\"2000\"{}>{}</textarea>",
                name, x.t(labelKey), required ? x.t("required") : "", name, name, Html.raw(required ? " required" : ""),
                value);
    }

    static Html select(Exchange x, String name, String labelKey, Map<String, String> options, String selected) {
        List<Html> opts = new ArrayList<>();
        options.forEach((value, label) -> opts.add(Html.of("<option value=\"{}\"{}>{}</option>", value,
                Html.raw(value.equals(selected) ? " selected" : ""), label)));
        return Html.of("<label for=\"{}\">{}</label><select id=\"{}\" name=\"{}\">{}</select>", name, x.t(labelKey),
                name, name, Html.join(opts));
    }

    static Html checkbox(Exchange x, String id, String name, String value, String labelKey, boolean checked) {
        return Html.of("<div class=\"check\"><input type=\"checkbox\" id=\"{}\" name=\"{}\" value=\"{}\"{}><label for=\"{}\">{}</label></div>",
                id, name, value, Html.raw(checked ? " checked" : ""), id, x.t(labelKey));
    }

    static Html notice(Exchange x, String key) {
        return Html.of("<div class=\"notice\" role=\"status\"><p>{}</p></div>", x.t(key));
    }

    /** An error summary for a refused use case, in the visitor's language. */
    static Html errors(Exchange x, List<String> messages) {
        if (messages.isEmpty()) {
            return Html.EMPTY;
        }
        List<Html> items = new ArrayList<>();
        for (String m : messages) {
            items.add(Html.of("<li>{}</li>", m));
        }
        return Html.of("<div class=\"alert\" role=\"alert\" id=\"errors\"><p><strong>{}</strong></p><ul>{}</ul></div>",
                x.t("error.form"), Html.join(items));
    }

    /**
     * The messages of a refused use case: one per violation, named by the form's label.
     *
     * @param labels form labels' text keys by the command's property name
     */
    static List<String> messages(Exchange x, EntraideException e, Map<String, String> labels) {
        Locale locale = Locale.forLanguageTag(x.lang());
        List<String> out = new ArrayList<>();
        if (e instanceof InvalidCommandException invalid) {
            for (Violation v : invalid.violations()) {
                String property = v.property().split("[.\\[<]", 2)[0];
                String label = labels.containsKey(property) ? x.t(labels.get(property)) : property;
                out.add(label + ("en".equals(x.lang()) ? ": " : " : ") + v.message(locale));
            }
        } else {
            out.add(e.message(locale));
        }
        return out;
    }
}
