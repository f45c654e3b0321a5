package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMergePatchTest {
  static final ObjectMapper M = new ObjectMapper();

  static JsonNode json(String s) throws Exception {
    return M.readTree(s);
  }

  // RFC 7386, Appendix A, row for row
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\":\"b\"}               | {\"a\":\"c\"}                  | {\"a\":\"c\"}",
        "{\"a\":\"b\"}               | {\"b\":\"c\"}                  | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}               | {\"a\":null}                   | {}",
        "{\"a\":\"b\",\"b\":\"c\"}   | {\"a\":null}                   | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}             | {\"a\":\"c\"}                  | {\"a\":\"c\"}",
        "{\"a\":\"c\"}               | {\"a\":[\"b\"]}                | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}       | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}     | {\"a\":[1]}                    | {\"a\":[1]}",
        "[\"a\",\"b\"]               | [\"c\",\"d\"]                  | [\"c\",\"d\"]",
        "{\"a\":\"b\"}               | [\"c\"]                        | [\"c\"]",
        "{\"a\":\"foo\"}             | null                           | null",
        "{\"a\":\"foo\"}             | \"bar\"                        | \"bar\"",
        "{\"e\":null}                | {\"a\":1}                      | {\"e\":null,\"a\":1}",
        "[1,2]                       | {\"a\":\"b\",\"c\":null}       | {\"a\":\"b\"}",
        "{}                          | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
      })
  void rfc7386Examples(String original, String patch, String result) throws Exception {
    JsonNode target = json(original);
    assertThat(JsonMergePatch.apply(target, json(patch))).isEqualTo(json(result));
    assertThat(target).isEqualTo(json(original)); // inputs untouched
  }

  @Test
  void diffProducesThePatchBetweenTwoDocuments() throws Exception {
    JsonNode a = json("{\"a\":1,\"b\":{\"c\":1,\"d\":2},\"l\":[1,2],\"gone\":true}");
    JsonNode b = json("{\"a\":1,\"b\":{\"c\":1,\"d\":3},\"l\":[1],\"new\":\"x\"}");

    JsonNode diff = JsonMergePatch.diff(a, b);

    assertThat(diff).isEqualTo(json("{\"b\":{\"d\":3},\"l\":[1],\"new\":\"x\",\"gone\":null}"));
    assertThat(JsonMergePatch.apply(a, diff)).isEqualTo(b);
  }

  @Test
  void threeWayKeepsWhatOthersSetAndDeletesWhatTheUserDropped() throws Exception {
    JsonNode original = json("{\"spec\":{\"replicas\":1,\"paused\":true}}");
    JsonNode modified = json("{\"spec\":{\"replicas\":2}}");
    JsonNode current =
        json("{\"spec\":{\"replicas\":1,\"paused\":true,\"defaulted\":10},\"status\":{\"x\":1}}");

    JsonNode patch = JsonMergePatch.threeWay(original, modified, current);

    assertThat(patch).isEqualTo(json("{\"spec\":{\"paused\":null,\"replicas\":2}}"));
    assertThat(JsonMergePatch.apply(current, patch))
        .isEqualTo(json("{\"spec\":{\"replicas\":2,\"defaulted\":10},\"status\":{\"x\":1}}"));
  }

  @Test
  void patchingRemovesNullsAndReplacesLists() {
    ApiServer api = Fixtures.server().api();
    Deployment d = api.create(deployment("web", 1));
    d = api.update(d.withMetadata(d.metadata().withLabel("tier", "front")));

    Deployment patched =
        api.patch(
            Deployment.class,
            "default",
            "web",
            """
            {"metadata":{"labels":{"tier":null,"new":"yes"}},
             "spec":{"replicas":4,"template":{"spec":{"containers":[{"name":"b","image":"busybox"}]}}}}
            """);

    assertThat(patched.metadata().labels()).containsOnlyKeys("app", "new");
    assertThat(patched.spec().replicas()).isEqualTo(4);
    assertThat(patched.spec().template().spec().containers())
        .singleElement()
        .satisfies(c -> assertThat(c.name()).isEqualTo("b"));
    assertThat(patched.metadata().generation()).isEqualTo(2);
  }

  @Test
  void aMainResourcePatchIgnoresStatusAndAStatusPatchOnlyStatus() {
    ApiServer api = Fixtures.server().api();
    api.create(pod("p", "n1"));

    Pod main = api.patch(Pod.class, null, "p", "{\"status\":{\"phase\":\"Running\"}}");
    assertThat(main.status().phase()).isEqualTo("Pending");

    Pod status =
        api.patchStatus(
            Pod.class,
            null,
            "p",
            "{\"spec\":{\"nodeName\":\"n2\"},\"status\":{\"phase\":\"Running\"}}");
    assertThat(status.status().phase()).isEqualTo("Running");
    assertThat(status.spec().nodeName()).isEqualTo("n1");
  }

  @Test
  void aPatchCarryingAStaleResourceVersionConflicts() {
    ApiServer api = Fixtures.server().api();
    Deployment d = api.create(deployment("web", 1));
    api.update(d.withReplicas(2));
    String stale = d.metadata().resourceVersion();

    assertThatThrownBy(
            () ->
                api.patch(
                    Deployment.class,
                    null,
                    "web",
                    "{\"metadata\":{\"resourceVersion\":\""
                        + stale
                        + "\"},\"spec\":{\"replicas\":3}}"))
        .isInstanceOf(ApiException.Conflict.class);
  }

  @Test
  void badPatchesAreBadRequests() {
    ApiServer api = Fixtures.server().api();
    api.create(deployment("web", 1));
    assertThatThrownBy(() -> api.patch(Deployment.class, null, "web", "{not json"))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessageStartingWith("error decoding patch: ");
    assertThatThrownBy(() -> api.patch(Deployment.class, null, "web", "{\"spec\":{\"bogus\":1}}"))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessageContaining("bogus");
    assertThatThrownBy(() -> api.patch(Deployment.class, null, "nope", "{}"))
        .isInstanceOf(ApiException.NotFound.class);
  }
}
