package org.newsarchive.etl.job;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scale-out roles ({@code news.role=manager|worker}): Spring Batch remote partitioning over
 * JMS (Apache ActiveMQ Artemis), with the job repository and the article tables in a database
 * the manager and the workers share, and the input and output folders on storage they share.
 *
 * <p>The manager's job is {@code importDocuments} (a partition step: {@link InputPartitioner}
 * splits the walk into ranges; one request per partition goes to the broker's durable queue) →
 * {@code mergeParts} ({@link MergePartsTasklet}) → {@code recordSources} →
 * {@code publishRunFolder}. It waits for the partitions by polling the job repository, where
 * the workers record them, and fails if one failed; a restart re-runs only the partitions that
 * did not complete. A worker takes one request at a time from the queue in a JMS transaction
 * and runs the {@code importPartition} step (the one-machine step, on the partition's range);
 * the message is acknowledged when the partition has ended, so a worker that dies mid-partition
 * leaves it to the broker to hand to another worker, which resumes it from its last commit.
 *
 * <p>{@code news.partition.transport=local} runs the partitions on threads of the manager
 * instead (no broker): the same job and merge on one machine.
 */
@Configuration
@ConditionalOnExpression("'${news.role:standalone}' == 'manager' or '${news.role:standalone}' == 'worker'")
public class ScaleOutConfiguration {

    public static final String PARTITION_STEP_NAME = "importPartition";
    public static final String MERGE_STEP_NAME = "mergeParts";

    /** One partition: the one-machine import step on the partition's range. */
    @Bean
    public Step importPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                                SourceSelection selection, ProgressReporter progress, LaunchControl launchControl,
                                @Value("${news.chunk-size:50}") int chunkSize,
                                @Value("${news.threads:0}") int threads) {
        return ImportJobConfiguration.documentStep(PARTITION_STEP_NAME, jobRepository, transactionManager, reader, processor,
                writer, selection, progress, launchControl, chunkSize, threads);
    }

    /**
     * Artemis consumers take one message at a time (no prefetch buffer): a busy worker does not
     * sit on requests that an idle one could run.
     */
    @Bean
    static BeanPostProcessor oneMessageAtATime() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                ConnectionFactory target = bean instanceof CachingConnectionFactory c ? c.getTargetConnectionFactory()
                        : bean instanceof ConnectionFactory f ? f : null;
                if (target instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setConsumerWindowSize(0);
                }
                return bean;
            }
        };
    }

    @Configuration
    @ConditionalOnProperty(name = "news.role", havingValue = "manager")
    static class Manager {

        @Bean
        @StepScope
        public InputPartitioner inputPartitioner(@Value("#{jobParameters['inputDir']}") String inputDir) {
            return new InputPartitioner(Path.of(inputDir));
        }

        @Bean
        public Step mergeParts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               org.newsarchive.etl.write.CsvOptions csvOptions) {
            return new StepBuilder(MERGE_STEP_NAME, jobRepository)
                    .tasklet(new MergePartsTasklet(csvOptions), transactionManager)
                    .build();
        }

        @Bean
        public Job importArticles(JobRepository jobRepository, Step importDocuments, Step mergeParts, Step recordSources,
                                  Step publishRunFolder, RunSummaryListener summary, ProgressReporter progress,
                                  LaunchControl launchControl) {
            return new JobBuilder(ImportJobConfiguration.JOB_NAME, jobRepository)
                    .validator(ImportJobConfiguration.parametersValidator())
                    .start(importDocuments)
                    .next(mergeParts)
                    .next(recordSources)
                    .next(publishRunFolder)
                    .listener(launchControl)
                    .listener(progress)
                    .listener(summary)
                    .build();
        }

        /** The partitions on threads of this process: {@code news.partition.transport=local}. */
        @Bean
        @ConditionalOnProperty(name = "news.partition.transport", havingValue = "local")
        public Step importDocuments(JobRepository jobRepository, Step importPartition, InputPartitioner inputPartitioner,
                                    @Value("${news.partitions:8}") int partitions,
                                    @Value("${news.partition.local-threads:1}") int threads) {
            return new StepBuilder(ImportJobConfiguration.STEP_NAME, jobRepository)
                    .partitioner(PARTITION_STEP_NAME, inputPartitioner)
                    .step(importPartition)
                    .gridSize(partitions)
                    .taskExecutor(threads > 1 ? new SimpleAsyncTaskExecutor("partition-") : new SyncTaskExecutor())
                    .aggregator(new PartitionCountsAggregator(jobRepository, PARTITION_STEP_NAME))
                    .build();
        }
    }

    /** The manager's side of the broker: partition requests out to the queue. */
    @Configuration
    @EnableIntegration
    @ConditionalOnExpression("'${news.role:standalone}' == 'manager' and '${news.partition.transport:jms}' == 'jms'")
    static class ManagerMessaging {

        @Bean
        public DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        public IntegrationFlow partitionRequestsToBroker(ConnectionFactory connectionFactory,
                                                         @Value("${news.partition.queue:news-archive-etl.partitions}") String queue) {
            return IntegrationFlow.from(partitionRequests())
                    .transform(StepExecutionRequest.class, PartitionRequestHandler::toText)
                    .handle(Jms.outboundAdapter(connectionFactory).destination(queue)
                            .configureJmsTemplate(t -> t.deliveryPersistent(true).explicitQosEnabled(true)))
                    .get();
        }

        @Bean
        public Step importDocuments(JobRepository jobRepository, InputPartitioner inputPartitioner, BeanFactory beanFactory,
                                    @Value("${news.partitions:8}") int partitions,
                                    @Value("${news.partition.poll-interval:1s}") Duration pollInterval,
                                    @Value("${news.partition.timeout:0}") Duration timeout) {
            return new RemotePartitioningManagerStepBuilder(ImportJobConfiguration.STEP_NAME, jobRepository)
                    .partitioner(PARTITION_STEP_NAME, inputPartitioner)
                    .gridSize(partitions)
                    .outputChannel(partitionRequests())
                    .pollInterval(pollInterval.toMillis())
                    .timeout(timeout.isZero() ? -1 : timeout.toMillis())
                    .aggregator(new PartitionCountsAggregator(jobRepository, PARTITION_STEP_NAME))
                    .beanFactory(beanFactory)
                    .build();
        }

        /**
         * With {@code spring.artemis.mode=embedded}, the broker runs in the manager; {@code news.broker.listen}
         * (e.g. {@code tcp://0.0.0.0:61616}) lets workers on other processes and hosts reach it.
         */
        @Bean
        @ConditionalOnProperty(name = "news.broker.listen")
        public ArtemisConfigurationCustomizer brokerListener(@Value("${news.broker.listen}") String url) {
            return configuration -> {
                try {
                    configuration.addAcceptorConfiguration("news-archive-etl", url);
                } catch (Exception e) {
                    throw new IllegalArgumentException("news.broker.listen: '" + url + "': " + e.getMessage(), e);
                }
            };
        }
    }

    /** The worker's side: partition requests from the queue, one at a time, each in a JMS transaction. */
    @Configuration
    @EnableIntegration
    @ConditionalOnProperty(name = "news.role", havingValue = "worker")
    static class WorkerMessaging {

        @Bean
        public PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, Step importPartition) {
            return new PartitionRequestHandler(jobRepository, importPartition);
        }

        @Bean
        public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, PartitionRequestHandler handler,
                                                           @Value("${news.partition.queue:news-archive-etl.partitions}") String queue,
                                                           @Value("${news.worker.concurrency:1}") int concurrency) {
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(Jms.container(connectionFactory, queue)
                            .sessionTransacted(true)
                            .concurrentConsumers(concurrency)
                            .maxConcurrentConsumers(concurrency)))
                    .handle(String.class, (text, headers) -> {
                        handler.handle(PartitionRequestHandler.fromText(text));
                        return null;
                    })
                    .get();
        }
    }
}
