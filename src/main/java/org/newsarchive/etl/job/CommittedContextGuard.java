package org.newsarchive.etl.job;

import java.util.List;
import java.util.Map;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a step's execution context at its last commit when a chunk's transaction does not
 * commit.
 *
 * <p>Spring Batch's chunk-oriented step updates the execution context in memory (the
 * streams' {@code update}: CSV byte positions, part numbers, counts, the reader's position)
 * before it saves it and commits, and the CSV bytes reach the files only at commit. When the
 * save, the CSV flush or the commit then fails, the transaction rolls back, but the step's
 * failure handling ({@code AbstractStep}) saves the in-memory context once more, in a
 * transaction of its own. Whether that second save works is a race: a full disk that has
 * just rolled back may or may not have room for it. When it works, the database claims CSV
 * bytes and rows that never reached the files, and a restart fails with "Current file size
 * is smaller than size at last commit" (or skips the chunk's documents); when it does not,
 * the step ends in the UNKNOWN status. The same holds for the step's version: the chunk saved
 * the step (raising its version) before the failure, the rollback undid that in the database but
 * not in memory, and every later save of the step then failed its optimistic-locking check and
 * left it UNKNOWN, its end unrecorded.
 *
 * <p>This listener copies the context and the version when a chunk begins (in the chunk's
 * transaction, so the copy is what the last commit saved) and puts them back when that
 * transaction completes without a commit, before the exception reaches the step's failure handling. Whatever is
 * saved after a failed chunk is then the last commit's context, which is also what the
 * database holds if that save fails: a restart resumes at the last commit either way, and
 * redoes the failed chunk (the CSV writers cut their files back to the saved positions, the
 * article rows are replaced by id).
 *
 * <p>Stateless: the one step bean runs several partitions at once, each on its own thread.
 */
public class CommittedContextGuard implements ChunkListener<SourceDocument, Outcome> {

    @Override
    public void beforeChunk(Chunk<SourceDocument> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // not in a step's chunk transaction: nothing to guard
        }
        StepExecution step = context.getStepExecution();
        ExecutionContext live = step.getExecutionContext();
        ExecutionContext committed = new ExecutionContext(live);
        Integer version = step.getVersion();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    restore(live, committed);
                    step.setVersion(version);
                }
            }
        });
    }

    /** Makes {@code live} hold exactly the entries of {@code committed}. */
    static void restore(ExecutionContext live, ExecutionContext committed) {
        Map<String, Object> saved = committed.toMap();
        for (String key : List.copyOf(live.toMap().keySet())) {
            if (!saved.containsKey(key)) {
                live.remove(key);
            }
        }
        saved.forEach(live::put);
    }
}
