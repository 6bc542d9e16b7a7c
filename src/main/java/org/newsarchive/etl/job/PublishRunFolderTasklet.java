package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: renames the run's {@code run-<runDate>-<instance>.partial/} folder to
 * {@code run-<runDate>-<instance>/} in one atomic move, so the CSV files appear in their final
 * place only when they are complete. Repeated after a crash that came after the move, it
 * finds the folder already in place.
 */
public class PublishRunFolderTasklet implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path partial = ImportParameters.partialRunFolder(job);
        Path target = ImportParameters.runFolder(job);
        if (Files.isDirectory(partial)) {
            if (Files.exists(target)) {
                throw new IOException("cannot publish '" + partial + "': '" + target + "' already exists");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.isDirectory(target)) {
            throw new IOException("run folder missing: neither '" + partial + "' nor '" + target + "' exists");
        }
        return RepeatStatus.FINISHED;
    }
}
