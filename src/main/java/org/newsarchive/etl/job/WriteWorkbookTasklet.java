package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.DataDictionary;
import org.newsarchive.etl.write.WorkbookWriter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step after the merge, when the {@code formats} parameter asks for {@code xlsx}: writes the
 * workbook {@code news.xlsx} into the run folder from the run's complete CSV files
 * ({@link WorkbookWriter}), never alongside the chunks, so that a run killed and resumed gives
 * the same workbook as one that was not. With {@code formats=xlsx} alone, the tables' CSV files
 * and {@code columns.csv} are deleted once the workbook is in place.
 *
 * <p>Repeatable: after a crash it writes the workbook anew from the CSV files; a repeat that finds
 * the workbook in place and the CSV files already deleted has nothing to do.
 */
public class WriteWorkbookTasklet implements Tasklet {

    static final String ROWS = "workbook.rows";
    static final String SHEETS = "workbook.sheets";

    private final CsvOptions csvOptions;
    private final PrintStream out;

    public WriteWorkbookTasklet(CsvOptions csvOptions, PrintStream out) {
        this.csvOptions = csvOptions;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters params = job.getJobParameters();
        if (!ImportParameters.writesXlsx(params)) {
            return RepeatStatus.FINISHED;
        }
        Path runFolder = ImportParameters.partialRunFolder(job);
        Path workbook = runFolder.resolve(WorkbookWriter.FILE_NAME);
        if (!Files.exists(runFolder.resolve(WorkbookWriter.TABLES.get(0)))) {
            if (Files.exists(workbook) || Files.exists(ImportParameters.runFolder(job).resolve(WorkbookWriter.FILE_NAME))) {
                return RepeatStatus.FINISHED; // written, and the CSV files deleted (formats=xlsx)
            }
            throw new IOException("cannot write the workbook: the run's CSV files are not in '" + runFolder + "'");
        }
        long start = System.nanoTime();
        WorkbookWriter.Result result = new WorkbookWriter(csvOptions.withDelimiter(ImportParameters.csvDelimiter(params)))
                .write(runFolder);
        double seconds = (System.nanoTime() - start) / 1e9;
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong(ROWS, result.rows());
        context.putInt(SHEETS, result.sheets());
        out.printf(Locale.ROOT, "workbook: %s, %d sheets, %d rows in %.1f s%n", WorkbookWriter.FILE_NAME,
                result.sheets(), result.rows(), seconds);
        if (!ImportParameters.writesCsv(params)) {
            for (String table : WorkbookWriter.TABLES) {
                for (Path file : WorkbookWriter.tableFiles(runFolder, table)) {
                    Files.delete(file);
                }
            }
            Files.deleteIfExists(runFolder.resolve(DataDictionary.FILE_NAME));
        }
        return RepeatStatus.FINISHED;
    }
}
