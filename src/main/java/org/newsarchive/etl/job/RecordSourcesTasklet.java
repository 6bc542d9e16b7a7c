package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsarchive.etl.write.ArticleStore;
import org.newsarchive.etl.write.ArticleStore.SourceFingerprint;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.DataDictionary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step after the import: notes which files of the baseline are gone from the input
 * folder ({@code removed_source}, {@code removed.csv}) in one transaction, then moves the
 * fingerprints of the files this run read into the baseline, {@value #PROMOTE_BATCH} per
 * transaction (so that the database's memory does not grow with the run). Run again after a
 * crash it gives the same result: what it records is keyed by the job instance, the step's
 * context says whether the removed files were recorded, and each batch moves its files whole.
 */
public class RecordSourcesTasklet implements Tasklet {

    public static final List<String> REMOVED_COLUMNS = List.of("source_path", "article_id");
    static final String REMOVED = OutcomeWriter.COUNT_PREFIX + "removed";
    static final String REMOVED_RECORDED = "recordSources.removedRecorded";
    /** Fingerprints moved into the baseline per transaction. */
    static final int PROMOTE_BATCH = 5000;

    private final ArticleStore store;
    private final CsvOptions csvOptions;

    public RecordSourcesTasklet(ArticleStore store, CsvOptions csvOptions) {
        this.store = store;
        this.csvOptions = csvOptions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        JobParameters params = job.getJobParameters();
        long instanceId = job.getJobInstance().getInstanceId();
        String inputDir = params.getString(ImportParameters.INPUT_DIR);
        Path root = Path.of(inputDir);

        var context = step.getExecutionContext();
        if (!context.containsKey(REMOVED_RECORDED)) {
            List<SourceFingerprint> gone = new ArrayList<>();
            store.forEachBaseline(inputDir, f -> {
                // an entry of a container counts as removed when its container file is gone
                String file = f.sourcePath().split("!/", 2)[0];
                if (!Files.exists(root.resolve(file))) {
                    gone.add(f);
                }
            });
            store.recordRemoved(instanceId, inputDir, gone,
                    gone.stream().map(f -> ArticleProcessor.articleId(f.sourcePath())).toList());
            context.putString(REMOVED_RECORDED, "true");
            return RepeatStatus.CONTINUABLE; // committed with the context: a repeat does not look again
        }
        if (store.promotePending(instanceId, inputDir, PROMOTE_BATCH) > 0) {
            return RepeatStatus.CONTINUABLE; // the next batch in its own transaction
        }

        List<List<Object>> removed = store.removedRows(instanceId);
        Path partial = ImportParameters.partialRunFolder(job);
        if (Files.isDirectory(partial)) {
            DataDictionary.writeWhole(partial.resolve("removed.csv"), REMOVED_COLUMNS, removed,
                    csvOptions.withDelimiter(ImportParameters.csvDelimiter(params)));
        }
        step.getExecutionContext().putLong(REMOVED, removed.size());
        return RepeatStatus.FINISHED;
    }

}
