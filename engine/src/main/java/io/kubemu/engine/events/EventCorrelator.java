package io.kubemu.engine.events;

import io.kubemu.model.core.Event;
import io.kubemu.model.core.EventSource;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * client-go's EventCorrelator (tools/record/events_cache.go): the spam filter (a token bucket per
 * source and object: burst 25, one more every 5 minutes), the aggregator (more than 10 similar
 * events differing only in message within 10 minutes become one "(combined from similar events)"
 * event) and the logger that turns repeats into a count on the first event. Not thread-safe.
 */
final class EventCorrelator {

  static final int MAX_LRU_CACHE_ENTRIES = 4096;
  static final int AGGREGATE_MAX_EVENTS = 10;
  static final Duration AGGREGATE_INTERVAL = Duration.ofSeconds(600);
  static final int SPAM_BURST = 25;
  static final double SPAM_QPS = 1.0 / 300.0;

  /** The correlated event and whether it updates an earlier one (count > 1). */
  record Result(Event event, boolean skip) {}

  private record AggregateRecord(Set<String> localKeys, Instant lastTimestamp) {}

  private record EventLog(int count, Instant firstTimestamp, String name) {}

  /** rate.Limiter as TokenBucketRateLimiter uses it: starts full. */
  private static final class Bucket {
    double tokens = SPAM_BURST;
    Instant last;
  }

  /** Names a new event; the recorder makes names unique among stored events. */
  interface Namer {
    String name(ObjectReference ref, String namespace, Instant now);
  }

  /**
   * A cache key: the fields upstream joins into one string (strings.Join(..., "")), kept apart so
   * that no string is built per event; hashed once.
   */
  static final class Key {
    private final String[] parts;
    private final int hash;

    Key(String... parts) {
      for (int i = 0; i < parts.length; i++) parts[i] = nz(parts[i]);
      this.parts = parts;
      this.hash = java.util.Arrays.hashCode(parts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && java.util.Arrays.equals(k.parts, parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return String.join("", parts);
    }
  }

  private final Namer namer;
  private final LruCache<Key, Bucket> spam = new LruCache<>(MAX_LRU_CACHE_ENTRIES);
  private final LruCache<Key, AggregateRecord> aggregates = new LruCache<>(MAX_LRU_CACHE_ENTRIES);
  private final LruCache<Key, EventLog> logs = new LruCache<>(MAX_LRU_CACHE_ENTRIES);

  EventCorrelator(Namer namer) {
    this.namer = namer;
  }

  // EventCorrelate
  Result correlate(Event event, Instant now) {
    if (!spamAccept(event, now)) return new Result(event, true);
    Aggregated a = aggregate(event, now);
    return new Result(observe(a.event, a.key), false);
  }

  // EventSourceObjectSpamFilter.Filter
  private boolean spamAccept(Event e, Instant now) {
    Bucket b = spam.computeIfAbsent(spamKey(e), k -> new Bucket());
    if (b.last != null) {
      double elapsed = Duration.between(b.last, now).toNanos() / 1e9;
      b.tokens = Math.min(SPAM_BURST, b.tokens + Math.max(0, elapsed) * SPAM_QPS);
    }
    b.last = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private record Aggregated(Event event, Key key) {}

  // EventAggregator.EventAggregate
  private Aggregated aggregate(Event e, Instant now) {
    Key aggregateKey = aggregateKey(e);
    String localKey = nz(e.message());
    AggregateRecord rec = aggregates.get(aggregateKey);
    if (rec == null || Duration.between(rec.lastTimestamp, now).compareTo(AGGREGATE_INTERVAL) > 0) {
      rec = new AggregateRecord(new LinkedHashSet<>(), now);
    }
    rec.localKeys.add(localKey);
    rec = new AggregateRecord(rec.localKeys, now);
    aggregates.put(aggregateKey, rec);
    if (rec.localKeys.size() < AGGREGATE_MAX_EVENTS) return new Aggregated(e, eventKey(e));
    // do not grow the set beyond max (upstream PopAny; here the oldest, deterministically)
    Iterator<String> it = rec.localKeys.iterator();
    it.next();
    it.remove();
    Event combined =
        new Event(
            ObjectMeta.named(
                e.metadata().namespace(),
                namer.name(e.involvedObject(), e.metadata().namespace(), now)),
            e.involvedObject(),
            e.reason(),
            "(combined from similar events): " + e.message(),
            e.source(),
            now,
            now,
            1,
            e.type(),
            null,
            null,
            null,
            e.reportingComponent(),
            e.reportingInstance());
    return new Aggregated(combined, aggregateKey);
  }

  // eventLogger.eventObserve
  private Event observe(Event e, Key key) {
    EventLog last = logs.get(key);
    Event out = e;
    if (last != null && last.count > 0) {
      out =
          new Event(
              e.metadata().withName(last.name),
              e.involvedObject(),
              e.reason(),
              e.message(),
              e.source(),
              last.firstTimestamp,
              e.lastTimestamp(),
              last.count + 1,
              e.type(),
              e.eventTime(),
              e.action(),
              e.related(),
              e.reportingComponent(),
              e.reportingInstance());
    }
    logs.put(key, new EventLog(out.count(), out.firstTimestamp(), out.metadata().name()));
    return out;
  }

  // EventCorrelator.UpdateState: remember the server's answer under the event's own key
  void updateState(Event stored) {
    logs.put(
        eventKey(stored),
        new EventLog(
            stored.count() == null ? 0 : stored.count(),
            stored.firstTimestamp(),
            stored.metadata().name()));
  }

  // getEventKey
  static Key eventKey(Event e) {
    ObjectReference r = ref(e);
    EventSource s = src(e);
    return new Key(
        s.component(),
        s.host(),
        r.kind(),
        r.namespace(),
        r.name(),
        r.fieldPath(),
        r.uid(),
        r.apiVersion(),
        e.type(),
        e.reason(),
        e.message());
  }

  // getSpamKey
  private static Key spamKey(Event e) {
    ObjectReference r = ref(e);
    EventSource s = src(e);
    return new Key(
        s.component(), s.host(), r.kind(), r.namespace(), r.name(), r.uid(), r.apiVersion());
  }

  // EventAggregatorByReasonFunc
  private static Key aggregateKey(Event e) {
    ObjectReference r = ref(e);
    EventSource s = src(e);
    return new Key(
        s.component(),
        s.host(),
        r.kind(),
        r.namespace(),
        r.name(),
        r.uid(),
        r.apiVersion(),
        e.type(),
        e.reason(),
        e.reportingComponent(),
        e.reportingInstance());
  }

  private static ObjectReference ref(Event e) {
    ObjectReference r = e.involvedObject();
    return r == null ? new ObjectReference(null, null, null, null, null, null, null) : r;
  }

  private static EventSource src(Event e) {
    return e.source() == null ? new EventSource(null, null) : e.source();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
