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
 * <p>The job itself, the partition step, the partitioner and the merge are those of the
 * one-machine run ({@link ImportJobConfiguration}); {@code news.partition.transport=local} runs
 * the manager's partitions on its own {@code news.threads} threads instead (no broker), as a
 * one-machine run does.
 */
@Configuration
@ConditionalOnExpression("'${news.role:standalone}' == 'manager' or '${news.role:standalone}' == 'worker'")
public class ScaleOutConfiguration {

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
                    .partitioner(ImportJobConfiguration.PARTITION_STEP_NAME, inputPartitioner)
                    .gridSize(partitions)
                    .outputChannel(partitionRequests())
                    .pollInterval(pollInterval.toMillis())
                    .timeout(timeout.isZero() ? -1 : timeout.toMillis())
                    .aggregator(new PartitionCountsAggregator(jobRepository, ImportJobConfiguration.PARTITION_STEP_NAME))
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
                                                           @Value("${news.worker.concurrency:0}") int concurrency) {
            // 0: one partition at a time per core (a partition runs on one thread)
            int consumers = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(Jms.container(connectionFactory, queue)
                            .sessionTransacted(true)
                            .concurrentConsumers(consumers)
                            .maxConcurrentConsumers(consumers)))
                    .handle(String.class, (text, headers) -> {
                        handler.handle(PartitionRequestHandler.fromText(text));
                        return null;
                    })
                    .get();
        }
    }
}
