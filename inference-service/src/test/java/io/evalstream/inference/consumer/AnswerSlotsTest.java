package io.evalstream.inference.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerSlotsTest {

    @Test
    void tasksPastTheLimitWaitAndRunInArrivalOrderAsSlotsFree() {
        AnswerSlots slots = new AnswerSlots(2);
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int task = i;
            slots.submit(() -> started.add(task)); // none releases yet
        }
        assertThat(started).containsExactly(0, 1);
        assertThat(slots.inUse()).isEqualTo(2);
        assertThat(slots.waiting()).isEqualTo(3);

        slots.release();
        assertThat(started).containsExactly(0, 1, 2);
        slots.release();
        slots.release();
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void aHundredThousandTasksThatFinishAtOnceDoNotRecurse() {
        AnswerSlots slots = new AnswerSlots(1);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger deepest = new AtomicInteger();
        for (int i = 0; i < 100_000; i++) {
            slots.submit(() -> {
                deepest.accumulateAndGet(Thread.currentThread().getStackTrace().length, Math::max);
                done.incrementAndGet();
                slots.release();
            });
        }
        assertThat(done).hasValue(100_000);
        assertThat(slots.inUse()).isZero();
        assertThat(deepest.get()).isLessThan(200); // recursion would add frames per task
    }

    @Test
    void releasesFromManyThreadsNeverLetMoreThanTheLimitRunAtOnce() throws InterruptedException {
        int limit = 8;
        int tasks = 20_000;
        AnswerSlots slots = new AnswerSlots(limit);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(tasks);
        ConcurrentLinkedQueue<Integer> order = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < tasks; i++) {
            int task = i;
            slots.submit(() -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                order.add(task);
                pool.execute(() -> {
                    running.decrementAndGet();
                    finished.countDown();
                    slots.release();
                });
            });
        }
        assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(peak.get()).isBetween(1, limit);
        assertThat(order).hasSize(tasks);
        assertThat(new ArrayList<>(order)).isSorted(); // handed out in arrival order
    }

    @Test
    void aLimitBelowOneIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> new AnswerSlots(0)).hasMessageContaining("evalstream.inference.max-concurrency");
    }
}
