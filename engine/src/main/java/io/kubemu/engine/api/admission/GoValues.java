package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.IntOrString;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.Taint;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code %#v} of the API structs that Kubernetes prints as bad values ({@code
 * intstr.IntOrString{Type:0, IntVal:0, StrVal:""}}, {@code v1.LabelSelector{...}}), wrapped so that
 * {@link io.kubemu.engine.api.FieldError} prints them verbatim. An empty list or map prints as Go's
 * nil one ({@code []string(nil)}): the model cannot tell an absent field from an empty one. A
 * non-nil pointer inside a struct prints as {@code (*T)(...)}, where Go prints an address.
 */
final class GoValues {
  private GoValues() {}

  /** A value printed as its Go syntax. */
  record GoLiteral(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** {@return {@code intstr.IntOrString{Type:0, IntVal:1, StrVal:""}}} */
  static GoLiteral intOrString(IntOrString v) {
    return new GoLiteral(intOrStringText(v));
  }

  private static String intOrStringText(IntOrString v) {
    if (v == null) return "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}";
    boolean isInt = v.type() == IntOrString.Type.INT;
    return "intstr.IntOrString{Type:"
        + (isInt ? 0 : 1)
        + ", IntVal:"
        + (isInt ? v.intVal() : 0)
        + ", StrVal:"
        + GoFormat.quote(isInt ? "" : v.strVal())
        + "}";
  }

  /** {@return {@code v1.LabelSelector{MatchLabels:..., MatchExpressions:...}}, or null} */
  static Object labelSelector(LabelSelector s) {
    if (s == null) return null;
    List<String> exprs = new ArrayList<>();
    for (LabelSelectorRequirement r : s.matchExpressions()) {
      exprs.add(
          "v1.LabelSelectorRequirement{Key:"
              + GoFormat.quote(nz(r.key()))
              + ", Operator:"
              + GoFormat.quote(nz(r.operator()))
              + ", Values:"
              + stringSlice(r.values())
              + "}");
    }
    return new GoLiteral(
        "v1.LabelSelector{MatchLabels:"
            + stringMap(s.matchLabels())
            + ", MatchExpressions:"
            + (exprs.isEmpty()
                ? "[]v1.LabelSelectorRequirement(nil)"
                : "[]v1.LabelSelectorRequirement{" + String.join(", ", exprs) + "}")
            + "}");
  }

  /** {@return {@code core.Taint{Key:"k", Value:"", Effect:"NoSchedule", TimeAdded:...}}} */
  static GoLiteral taint(Taint t) {
    return new GoLiteral(
        "core.Taint{Key:"
            + GoFormat.quote(nz(t.key()))
            + ", Value:"
            + GoFormat.quote(nz(t.value()))
            + ", Effect:"
            + GoFormat.quote(nz(t.effect()))
            + ", TimeAdded:"
            + (t.timeAdded() == null ? "(*v1.Time)(nil)" : "(*v1.Time)(...)")
            + "}");
  }

  /** {@return {@code core.ServicePort{Name:"", Protocol:"TCP", ...}}} */
  static GoLiteral servicePort(ServicePort p) {
    return new GoLiteral(
        "core.ServicePort{Name:"
            + GoFormat.quote(nz(p.name()))
            + ", Protocol:"
            + GoFormat.quote(nz(p.protocol()))
            + ", AppProtocol:"
            + (p.appProtocol() == null ? "(*string)(nil)" : "(*string)(...)")
            + ", Port:"
            + (p.port() == null ? 0 : p.port())
            + ", TargetPort:"
            + intOrStringText(p.targetPort())
            + ", NodePort:"
            + (p.nodePort() == null ? 0 : p.nodePort())
            + "}");
  }

  /**
   * {@return a struct of string and pointer fields: {@code apps.T{Type:"x", RollingUpdate:...}}}
   */
  static GoLiteral strategy(String goType, String type, String pointerType, Object pointer) {
    return new GoLiteral(
        goType
            + "{Type:"
            + GoFormat.quote(nz(type))
            + ", RollingUpdate:"
            + (pointer == null ? "(*" + pointerType + ")(nil)" : "(*" + pointerType + ")(...)")
            + "}");
  }

  /** {@return a struct we do not spell out field by field: {@code core.PodTemplateSpec{...}}} */
  static GoLiteral opaque(String goType) {
    return new GoLiteral(goType + "{...}");
  }

  /** {@return Go's {@code %#v} of a []string: {@code []string(nil)} when empty} */
  static String stringSlice(List<String> values) {
    return values.isEmpty() ? "[]string(nil)" : GoFormat.goStringSlice(values);
  }

  /**
   * {@return Go's {@code %#v} of a map[string]string: {@code map[string]string(nil)} when empty}
   */
  static String stringMap(Map<String, String> map) {
    return map.isEmpty() ? "map[string]string(nil)" : GoFormat.goStringMap(map);
  }

  /** {@return a []string bad value, printed as Go does} */
  static GoLiteral strings(List<String> values) {
    return new GoLiteral(stringSlice(values));
  }

  /** {@return a map[string]string bad value, printed as Go does} */
  static GoLiteral stringMapValue(Map<String, String> map) {
    return new GoLiteral(stringMap(map));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
