package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldSelectorTest {
  final ApiServer api = Fixtures.server().api();

  {
    api.create(pod("a", "n1"));
    api.create(pod("b", "n2"));
    Pod c = api.create(pod("c", "n1"));
    api.updateStatus(c.withStatus(PodStatus.EMPTY.withPhase("Running")));
    api.create(pod("d", null));
    Pod e = pod("e", "n1");
    api.create(e.withMetadata(e.metadata().withNamespace("other")));
    Deployment web = api.create(deployment("web", 1));
    EventRecorder events = new EventRecorder(api);
    events.record(web, "Normal", "ScalingReplicaSet", "Scaled up", "deployment-controller", null);
    events.record(c, "Warning", "BackOff", "Back-off", "kubelet", "n1");
    events.record(
        api.create(new Node(ObjectMeta.named("n1"), null, null)),
        "Normal",
        "Starting",
        "Starting kubelet.",
        "kubelet",
        "n1");
  }

  @ParameterizedTest(name = "pods {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "spec.nodeName=n1                      | a,c,e",
        "spec.nodeName=n1,metadata.namespace=default | a,c",
        "spec.nodeName!=n1                     | b,d",
        "spec.nodeName=                        | d",
        "status.phase=Running                  | c",
        "status.phase=Pending,spec.nodeName=n2 | b",
        "metadata.name=b                       | b",
        "spec.hostNetwork=false                | a,b,c,d,e",
        "spec.restartPolicy=Always             | ''",
      })
  void podFieldSelectors(String selector, String names) {
    List<String> got =
        api.list(Pod.class, ListOptions.all().fields(selector)).items().stream()
            .map(p -> p.metadata().name())
            .toList();
    assertThat(String.join(",", got)).isEqualTo(names);
  }

  @ParameterizedTest(name = "events {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "involvedObject.kind=Deployment                  | ScalingReplicaSet",
        "involvedObject.name=c,type=Warning               | BackOff",
        "reason=Starting                                  | Starting",
        "source=kubelet                                   | BackOff,Starting",
        "involvedObject.namespace=default,source=kubelet  | BackOff",
      })
  void eventFieldSelectors(String selector, String reasons) {
    List<String> got =
        api.list(Event.class, ListOptions.all().fields(selector)).items().stream()
            .map(Event::reason)
            .toList();
    assertThat(String.join(",", got)).isEqualTo(reasons);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pod        | spec.bogus=x | field label not supported: spec.bogus",
        "Event      | spec.x=1     | field label not supported: spec.x",
        "Deployment | spec.replicas=1 | \"spec.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"",
      })
  void unsupportedFieldsAreBadRequests(String kind, String selector, String message) {
    Class<? extends io.kubemu.model.KubernetesObject> type =
        io.kubemu.model.Kinds.byName(kind).orElseThrow().type();
    assertThatThrownBy(() -> api.list(type, ListOptions.all().fields(selector)))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessage(message);
  }
}
