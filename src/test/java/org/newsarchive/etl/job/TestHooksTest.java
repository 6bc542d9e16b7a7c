package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.SourceDocument;

/**
 * The test hooks are picked up by every Spring test of the job (component scan): they must wrap
 * the processor the configuration built (its tagger with or without the role model, its limits),
 * not put another in its place, or the tests measure a pipeline the jar does not run.
 */
class TestHooksTest {

    @Test
    void hooksDelegateToTheConfiguredProcessor() {
        Outcome configuredAnswer = new Reject("story.txt", "from the configured processor", "test");
        ArticleProcessor configured = new ArticleProcessor(null, null, null) {
            @Override
            public Outcome process(SourceDocument source) {
                return configuredAnswer;
            }
        };
        Object wrapped = new TestHooks.SlowOrFailing(0).postProcessAfterInitialization(configured, "articleProcessor");

        Outcome outcome = ((ArticleProcessor) wrapped).process(new SourceDocument("story.txt", Path.of("no-such-story.txt"), 0));

        assertThat(outcome).isSameAs(configuredAnswer);
    }
}
