package org.newsarchive.etl.job;

import java.util.concurrent.atomic.AtomicReference;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Test-only hooks into the import step, added as an extra configuration: a slow-down per
 * document ({@code news.test.item-delay-ms}, so that a kill lands mid-run) and a failure on
 * one named document, once ({@link #failOnce}), to interrupt a run mid-step.
 */
@Configuration
public class TestHooks {

    /** The source path whose processing throws the next time it is read; cleared when it has. */
    public static final AtomicReference<String> failOnce = new AtomicReference<>();

    @Bean
    static BeanPostProcessor slowOrFailingProcessor(Environment env) {
        long delay = env.getProperty("news.test.item-delay-ms", Long.class, 0L);
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
                if (!(bean instanceof ArticleProcessor)) {
                    return bean;
                }
                return new ArticleProcessor(new DocumentParser(), new ParagraphSplitter(), new RoleTagger()) {
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
                        return super.process(source);
                    }
                };
            }
    }

    /** The command line with the hooks: what the kill tests launch as a child process. */
    public static void main(String[] args) {
        System.exit(org.newsarchive.etl.NewsArchiveEtlApplication.run(args, System.out, System.err, TestHooks.class));
    }
}
