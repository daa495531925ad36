package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LockedJobExecuterTest {

    private final LockingJobLockService locks = new LockingJobLockService();
    private final RepositoryState repositoryState = new RepositoryState();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** An executer whose work is given by the test. */
    private final class TestExecuter extends LockedJobExecuter {
        final AtomicInteger runs = new AtomicInteger();
        private final String name;
        private final Function<StopSignal, String> work;

        TestExecuter(String name, Function<StopSignal, String> work) {
            this.name = name;
            this.work = work;
            setJobLockService(locks);
            setRepositoryState(repositoryState);
            afterPropertiesSet();
        }

        @Override
        public String jobName() {
            return name;
        }

        @Override
        protected String runLocked(StopSignal stop) {
            runs.incrementAndGet();
            return work.apply(stop);
        }
    }

    @Test
    void runsTheWorkAsTheSystemUserUnderItsOwnLock() {
        AtomicReference<String> user = new AtomicReference<>();
        TestExecuter executer = new TestExecuter("expiry", stop -> {
            user.set(AuthenticationUtil.getRunAsUser());
            assertThat(locks.isHeld(QNameOf.job("expiry"))).isTrue();
            return "3 documents";
        });

        JobRunResult result = executer.execute();

        assertThat(result).isEqualTo(new JobRunResult("expiry", JobRunStatus.COMPLETED, "3 documents"));
        assertThat(user.get()).isEqualTo(AuthenticationUtil.getSystemUserName());
        assertThat(executer.lockName()).isEqualTo(QNameOf.job("expiry"));
        assertThat(locks.isHeld(executer.lockName())).isFalse();
        assertThat(AuthenticationUtil.getRunAsUser()).as("the caller's identity is restored").isNull();
    }

    @Test
    void doesNothingWhileTheRepositoryIsStarting() {
        TestExecuter executer = new TestExecuter("trashcan", stop -> "ran");
        repositoryState.setBootstrapping(true);

        JobRunResult result = executer.execute();

        assertThat(result.status()).isEqualTo(JobRunStatus.SKIPPED_BOOTSTRAPPING);
        assertThat(executer.runs).hasValue(0);
        assertThat(locks.acquisitions).as("not even the lock is taken").isZero();
    }

    @Test
    void aSecondConcurrentRunIsRefusedByTheLock() throws Exception {
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        TestExecuter executer = new TestExecuter("contentStoreOrphans", stop -> {
            firstIsRunning.countDown();
            await(secondHasTried);
            return "swept";
        });

        Future<JobRunResult> first = threads.submit(executer::execute);
        await(firstIsRunning);
        Future<JobRunResult> second = threads.submit(() -> {
            try {
                return executer.execute();
            } finally {
                secondHasTried.countDown();
            }
        });

        List<JobRunStatus> statuses = List.of(first.get(10, TimeUnit.SECONDS).status(),
                second.get(10, TimeUnit.SECONDS).status());
        assertThat(statuses).containsExactly(JobRunStatus.COMPLETED, JobRunStatus.SKIPPED_LOCKED);
        assertThat(executer.runs).hasValue(1);
        assertThat(locks.refusals).isEqualTo(1);
        assertThat(locks.isHeld(executer.lockName())).isFalse();
    }

    @Test
    void differentJobsHaveDifferentLocksAndDoNotWaitForEachOther() {
        TestExecuter inner = new TestExecuter("deletedContentStore", stop -> "inner");
        TestExecuter outer = new TestExecuter("trashcan", stop -> inner.execute().status().name());

        assertThat(outer.execute().summary()).isEqualTo("COMPLETED");
    }

    @Test
    void aLostLockEndsTheRunAsStopped() {
        TestExecuter executer = new TestExecuter("trashcan", stop -> {
            locks.loseLock(QNameOf.job("trashcan"));
            return stop.stopRequested() ? "stopped after 1 of 2 pages" : "all pages";
        });

        JobRunResult result = executer.execute();

        assertThat(result.status()).isEqualTo(JobRunStatus.STOPPED_LOCK_LOST);
        assertThat(result.summary()).contains("stopped after 1 of 2 pages");
    }

    @Test
    void aFailingRunIsReportedAndFreesTheLock() {
        TestExecuter executer = new TestExecuter("expiry", stop -> {
            throw new IllegalStateException("search service unavailable");
        });

        JobRunResult result = executer.execute();

        assertThat(result.status()).isEqualTo(JobRunStatus.FAILED);
        assertThat(result.summary()).isEqualTo("search service unavailable");
        assertThat(locks.isHeld(executer.lockName())).isFalse();
    }

    @Test
    void refusesToStartWithoutItsServices() {
        LockedJobExecuter executer = new LockedJobExecuter() {
            @Override
            public String jobName() {
                return "x";
            }

            @Override
            protected String runLocked(StopSignal stop) {
                return "";
            }
        };

        assertThatThrownBy(executer::afterPropertiesSet).hasMessageContaining("jobLockService");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("waited for the other thread").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
