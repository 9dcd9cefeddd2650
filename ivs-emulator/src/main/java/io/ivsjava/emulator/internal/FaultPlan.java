package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults injected into an emulator: per operation for the next N calls, in the order injected, and as a share
 * of all calls. A share is applied evenly and without randomness: with share {@code s}, exactly
 * {@code floor(n * s)} of the first {@code n} calls after injection get the fault, so tests are repeatable. A rule
 * whose fault is a {@link Fault.OneOf} applies its faults in turn, so {@link #next} always returns a single kind.
 *
 * <p>Thread-safe: synchronized; with nothing injected, {@link #next} is a single volatile read.
 */
final class FaultPlan {
    /** What a rule applies: its fault, or for a {@link Fault.OneOf} each of its faults in turn. */
    private static class Rule {
        final Fault fault;
        private int turn;

        Rule(Fault fault) {
            this.fault = fault;
        }

        Fault apply() {
            if (fault instanceof Fault.OneOf) {
                List<Fault> faults = ((Fault.OneOf) fault).faults();
                return faults.get(turn++ % faults.size());
            }
            return fault;
        }
    }

    /** A rule for the next {@code remaining} calls to one operation. */
    private static final class Next extends Rule {
        final String operation;
        int remaining;

        Next(String operation, int remaining, Fault fault) {
            super(fault);
            this.operation = operation;
            this.remaining = remaining;
        }
    }

    /** A rule for a share of all calls. */
    private static final class Share extends Rule {
        final double share;
        long seen;

        Share(double share, Fault fault) {
            super(fault);
            this.share = share;
        }
    }

    private final List<Next> next = new ArrayList<>();
    private final List<Share> shares = new ArrayList<>();
    private volatile boolean any;

    synchronized void addNext(String operation, int times, Fault fault) {
        next.add(new Next(operation, times, fault));
        any = true;
    }

    synchronized void addShare(double share, Fault fault) {
        shares.add(new Share(share, fault));
        any = true;
    }

    synchronized void clear() {
        next.clear();
        shares.clear();
        any = false;
    }

    /**
     * The fault for a call arriving now, used up if it was for the next N calls.
     *
     * @param operation the call's operation
     * @return the fault to apply, if any
     */
    Optional<Fault> next(String operation) {
        if (!any) {
            return Optional.empty();
        }
        synchronized (this) {
            for (Iterator<Next> it = next.iterator(); it.hasNext(); ) {
                Next rule = it.next();
                if (rule.operation.equals(operation)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    any = !next.isEmpty() || !shares.isEmpty();
                    return Optional.of(rule.apply());
                }
            }
            Optional<Fault> chosen = Optional.empty();
            for (Share rule : shares) {
                rule.seen++;
                if (chosen.isEmpty() && Math.floor(rule.seen * rule.share) > Math.floor((rule.seen - 1) * rule.share)) {
                    chosen = Optional.of(rule.apply());
                }
            }
            return chosen;
        }
    }

    /** {@return a description of each rule, for the control API} */
    synchronized List<String> describe() {
        List<String> out = new ArrayList<>();
        next.forEach(r -> out.add("next " + r.remaining + " " + r.operation + ": " + r.fault));
        shares.forEach(r -> out.add("share " + r.share + " of all calls: " + r.fault));
        return out;
    }
}
