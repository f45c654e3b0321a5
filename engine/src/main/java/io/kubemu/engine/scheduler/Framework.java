package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One profile's plugins, instantiated from a registry, and the code that runs them at each
 * extension point. Mirrors pkg/scheduler/framework/runtime/framework.go frameworkImpl (v1.30),
 * sequential instead of parallel. Not thread-safe.
 */
public final class Framework implements Handle {

  /**
   * What the framework hands plugins besides the snapshot.
   *
   * @param lookup listers; {@link ClusterLookup#EMPTY} when null
   * @param client API writes; required for binding and preemption
   * @param random the cluster's seeded random source
   * @param clock the virtual clock
   * @param nominator the pods nominated to each node; none when null
   */
  public record Options(
      ClusterLookup lookup,
      SchedulerClient client,
      Random random,
      Supplier<Instant> clock,
      Function<String, List<PodInfo>> nominator) {

    public Options {
      lookup = lookup == null ? ClusterLookup.EMPTY : lookup;
      Objects.requireNonNull(random, "random");
      clock = clock == null ? () -> Instant.EPOCH : clock;
      nominator = nominator == null ? n -> List.of() : nominator;
    }
  }

  private final Profile profile;
  private final Options options;
  private final Map<String, Plugin> plugins = new LinkedHashMap<>();
  private final List<PreFilterPlugin> preFilter = new ArrayList<>();
  private final List<FilterPlugin> filter = new ArrayList<>();
  private final List<PostFilterPlugin> postFilter = new ArrayList<>();
  private final List<PreScorePlugin> preScore = new ArrayList<>();
  private final List<ScorePlugin> score = new ArrayList<>();
  private final List<ReservePlugin> reserve = new ArrayList<>();
  private final List<BindPlugin> bind = new ArrayList<>();
  private final Map<String, Integer> weights = new LinkedHashMap<>();
  private NodeInfoLister snapshot = NodeInfoLister.of(List.of());

  /**
   * Instantiates the profile's plugins (upstream NewFramework).
   *
   * @throws IllegalArgumentException for an unknown or duplicate plugin
   */
  public Framework(PluginRegistry registry, Profile profile, Options options) {
    this.profile = profile;
    this.options = options;
    for (Profile.PluginRef ref : profile.plugins()) {
      PluginFactory factory = registry.get(ref.name());
      if (factory == null) {
        throw new IllegalArgumentException(ref.name() + " does not exist");
      }
      if (plugins.containsKey(ref.name())) {
        throw new IllegalArgumentException("plugin " + ref.name() + " already registered");
      }
      Plugin p = factory.create(profile.pluginConfig().get(ref.name()), this);
      plugins.put(ref.name(), p);
      if (p instanceof PreFilterPlugin x) preFilter.add(x);
      if (p instanceof FilterPlugin x) filter.add(x);
      if (p instanceof PostFilterPlugin x) postFilter.add(x);
      if (p instanceof PreScorePlugin x) preScore.add(x);
      if (p instanceof ScorePlugin x) {
        score.add(x);
        weights.put(ref.name(), ref.weight() == 0 ? 1 : ref.weight());
      }
      if (p instanceof ReservePlugin x) reserve.add(x);
      if (p instanceof BindPlugin x) bind.add(x);
    }
  }

  /** {@return the profile} */
  public Profile profile() {
    return profile;
  }

  /** {@return the plugins, in profile order} */
  public Map<String, Plugin> plugins() {
    return java.util.Collections.unmodifiableMap(plugins);
  }

  /** {@return a plugin's score weight, or 0 when it does not score} */
  public int weight(String plugin) {
    return weights.getOrDefault(plugin, 0);
  }

  /** Sets the snapshot plugins see during the next cycle. */
  public void setSnapshot(NodeInfoLister snapshot) {
    this.snapshot = Objects.requireNonNull(snapshot);
  }

  /** {@return whether any plugin filters} */
  public boolean hasFilterPlugins() {
    return !filter.isEmpty();
  }

  /** {@return whether any plugin scores} */
  public boolean hasScorePlugins() {
    return !score.isEmpty();
  }

  /** {@return whether any plugin runs after a failed Filter} */
  public boolean hasPostFilterPlugins() {
    return !postFilter.isEmpty();
  }

  // ------------------------------------------------------------------ Handle

  @Override
  public NodeInfoLister nodeInfos() {
    return snapshot;
  }

  @Override
  public ClusterLookup lookup() {
    return options.lookup();
  }

  @Override
  public SchedulerClient client() {
    return options.client();
  }

  @Override
  public Random random() {
    return options.random();
  }

  @Override
  public Instant now() {
    return options.clock().get();
  }

  @Override
  public String profileName() {
    return profile.schedulerName();
  }

  @Override
  public List<PodInfo> nominatedPodsForNode(String nodeName) {
    return options.nominator().apply(nodeName);
  }

  // ------------------------------------------------------------------ PreFilter, Filter,
  // PostFilter

  /**
   * Runs the PreFilter plugins (upstream RunPreFilterPlugins): the first rejection ends the run;
   * Skip disables the plugin's Filter; the node sets of the results are intersected.
   */
  public PreFilterResult runPreFilterPlugins(CycleState state, Pod pod) {
    PreFilterResult r = FilterPhase.runPreFilterPlugins(preFilter, state, pod);
    if (r.status().isSuccess()) {
      state.activeFilters = activeFilters(state.skipFilterPlugins());
    }
    return r;
  }

  private FilterPlugin[] activeFilters(Set<String> skip) {
    List<FilterPlugin> out = new ArrayList<>(filter.size());
    for (FilterPlugin f : filter) {
      if (!skip.contains(f.name())) out.add(f);
    }
    return out.toArray(FilterPlugin[]::new);
  }

  @Override
  public Status runPreFilterExtensionAddPod(
      CycleState state, Pod podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo) {
    return FilterPhase.runExtension(preFilter, state, podToSchedule, podToAdd, nodeInfo, true);
  }

  @Override
  public Status runPreFilterExtensionRemovePod(
      CycleState state, Pod podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
    return FilterPhase.runExtension(preFilter, state, podToSchedule, podToRemove, nodeInfo, false);
  }

  /**
   * Runs the filters in order; the first failure is the node's status (upstream RunFilterPlugins).
   */
  public Status runFilterPlugins(CycleState state, Pod pod, NodeInfo nodeInfo) {
    FilterPlugin[] active = state.activeFilters;
    if (active == null) {
      active = state.activeFilters = activeFilters(state.skipFilterPlugins());
    }
    return FilterPhase.runFilterPlugins(active, state, pod, nodeInfo);
  }

  /**
   * Runs the filters twice when the node has nominated pods of equal or higher priority: once with
   * them added, then (if that passed) without (upstream RunFilterPluginsWithNominatedPods).
   */
  @Override
  public Status runFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo info) {
    return FilterPhase.runFilterPluginsWithNominatedPods(this, state, pod, info);
  }

  /** Runs the PostFilter plugins until one succeeds (upstream RunPostFilterPlugins). */
  public PostFilterResult runPostFilterPlugins(
      CycleState state, Pod pod, Map<String, Status> nodeToStatus) {
    return FilterPhase.runPostFilterPlugins(postFilter, state, pod, nodeToStatus);
  }

  // ------------------------------------------------------------------ Score, Reserve, Bind

  /** Runs PreScore; Skip disables the plugin's Score (upstream RunPreScorePlugins). */
  public Status runPreScorePlugins(CycleState state, Pod pod, List<NodeInfo> nodes) {
    return ScorePhase.runPreScorePlugins(preScore, state, pod, nodes);
  }

  /**
   * Scores every node with every non-skipped plugin, normalizes, checks the [0, 100] range and
   * weights (upstream RunScorePlugins).
   *
   * @throws SchedulingException when a plugin fails or answers out of range
   */
  public ScoreTable runScorePlugins(CycleState state, Pod pod, List<NodeInfo> nodes) {
    return ScorePhase.runScorePlugins(score, weights, state, pod, nodes);
  }

  /** Runs Reserve; on failure the caller runs Unreserve (upstream RunReservePluginsReserve). */
  public Status runReservePluginsReserve(CycleState state, Pod pod, String nodeName) {
    return BindPhase.reserve(reserve, state, pod, nodeName);
  }

  /** Runs Unreserve in reverse order (upstream RunReservePluginsUnreserve). */
  public void runReservePluginsUnreserve(CycleState state, Pod pod, String nodeName) {
    BindPhase.unreserve(reserve, state, pod, nodeName);
  }

  /** Runs the bind plugins until one does not Skip (upstream RunBindPlugins). */
  public Status runBindPlugins(CycleState state, Pod pod, String nodeName) {
    return BindPhase.bind(bind, state, pod, nodeName);
  }

  /** {@return the events each plugin re-queues its rejected pods on, by plugin name} */
  public Map<String, List<ClusterEvent>> eventsToRegister() {
    Map<String, List<ClusterEvent>> out = new LinkedHashMap<>();
    plugins.forEach(
        (name, p) -> {
          if (p instanceof EnqueueExtensions e) {
            out.put(name, e.eventsToRegister());
          } else if (p instanceof PreFilterPlugin || p instanceof FilterPlugin) {
            out.put(name, List.of(new ClusterEvent(ClusterEvent.WILDCARD, ClusterEvent.ALL, "")));
          }
        });
    return out;
  }
}
