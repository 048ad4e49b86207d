package io.github.entraide.examples.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on the demo portal, step by step, as the browser tests write it: fill a field,
 * tick a box, send the page's form, sign up, sign in, sign out. Each step that leaves the page waits
 * for the page it leads to (never a fixed delay).
 *
 * <p>Not thread-safe: one test drives it at a time.
 */
final class PortalSteps {
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final String query;

    /**
     * @param driver the browser
     * @param wait how long a step waits for the page it leads to
     * @param base the portal's base URL
     * @param query appended to the sign-up and sign-in pages' URLs ({@code ""}, or {@code "?lang=fr"}
     *     to start from French whatever the browser's last choice)
     */
    PortalSteps(WebDriver driver, WebDriverWait wait, String base, String query) {
        this.driver = driver;
        this.wait = wait;
        this.base = base;
        this.query = query;
    }

    /** Replaces the text of the field with this id. */
    void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Ticks or unticks the box with this id. */
    void check(String id, boolean on) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected() != on) {
            box.click();
        }
    }

    /** Sends the main form of the page. */
    void submit() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** Signs out when someone is signed in, and waits for the home page. */
    void signOutIfSignedIn() {
        List<WebElement> out = driver.findElements(By.cssSelector("header form[action='/signout'] button"));
        if (!out.isEmpty()) {
            out.get(0).click();
            wait.until(ExpectedConditions.urlToBe(base + "/"));
        }
    }

    /** Signs up a member of Grenoble, a helper or a beneficiary, and waits for their first form. */
    void signUp(String name, String email, boolean helper) {
        signOutIfSignedIn();
        driver.get(base + "/signup" + query);
        type("name", name);
        type("email", email);
        new Select(driver.findElement(By.id("commune"))).selectByVisibleText("Grenoble");
        check("role-helper", helper);
        check("role-beneficiary", !helper);
        check("terms", true);
        check("sharing", true);
        submit();
        wait.until(ExpectedConditions.urlContains(helper ? "/offers/new" : "/requests/new"));
    }

    /** Signs in as a member of Grenoble picked by name on the demo's sign-in page. */
    void signInAs(String name) {
        signOutIfSignedIn();
        driver.get(base + "/signin" + query);
        new Select(driver.findElement(By.id("member"))).selectByVisibleText(name + " (Grenoble)");
        submit();
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }
}
