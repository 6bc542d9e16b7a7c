package org.newsarchive.etl.job;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link NewsLimits} ({@code news.limits.*}). */
@Configuration
@EnableConfigurationProperties(NewsLimits.class)
public class LimitsConfiguration {
}
