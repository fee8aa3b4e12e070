package app.frontline.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The running app every browser test talks to. One annotation, so all browser test classes share
 * one cached Spring context (Vaadin dev mode starts once). Vaadin's dev tools are off: their
 * "development mode" popup would cover the header in screenshots. The clock is {@link TestClock}:
 * the system's until a test pins it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestClock.Config.class)
@interface BrowserTestApp {
}
