package org.newsarchive.etl.job;

import java.util.concurrent.atomic.AtomicReference;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Test-only hooks into the import step, added as an extra configuration: a slow-down per
 * document ({@code news.test.item-delay-ms}, so that a kill lands mid-run) and a failure on
 * one named document, once ({@link #failOnce}, or {@code news.test.fail-on} in a child process),
 * to interrupt a run mid-step.
 */
@Configuration
public class TestHooks {

    /** The source path whose processing throws the next time it is read; cleared when it has. */
    public static final AtomicReference<String> failOnce = new AtomicReference<>();

    @Bean
    static BeanPostProcessor slowOrFailingProcessor(Environment env) {
        long delay = env.getProperty("news.test.item-delay-ms", Long.class, 0L);
        String failOn = env.getProperty("news.test.fail-on");
        if (failOn != null) {
            failOnce.set(failOn); // a child process: fail on this document, once
        }
        return new SlowOrFailing(delay);
    }

    /** Registered first (PriorityOrdered): Spring Batch's own post-processors create the job's beans early. */
    static final class SlowOrFailing implements BeanPostProcessor, org.springframework.core.PriorityOrdered {
        private final long delay;

        SlowOrFailing(long delay) {
            this.delay = delay;
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof ArticleProcessor configured)) {
                return bean;
            }
            // wraps the configured processor (its tagger, limits and timeout): a fresh one here
            // would make every Spring test run a different pipeline from the jar's
            return new ArticleProcessor(null, null, null) {
                @Override
                public Outcome process(SourceDocument source) {
                    if (delay > 0) {
                        try {
                            Thread.sleep(delay);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    String target = failOnce.get();
                    if (source.sourcePath().equals(target) && failOnce.compareAndSet(target, null)) {
                        throw new IllegalStateException("injected failure on " + source.sourcePath());
                    }
                    return configured.process(source);
                }
            };
        }
    }

    /** The command line with the hooks: what the kill tests launch as a child process. */
    public static void main(String[] args) {
        System.exit(org.newsarchive.etl.NewsArchiveEtlApplication.run(args, System.out, System.err, TestHooks.class));
    }
}
