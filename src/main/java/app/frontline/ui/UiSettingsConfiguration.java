package app.frontline.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings the views read ({@link CurrencySettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CurrencySettings.class)
class UiSettingsConfiguration {
}
