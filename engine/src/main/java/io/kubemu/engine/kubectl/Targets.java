package io.kubemu.engine.kubectl;

import io.kubemu.model.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a command's arguments name, as kubectl's resource builder reads them: {@code
 * <type>[,<type>...] [name...]} or {@code <type>/<name>...}.
 *
 * @param kinds the kinds named, in order, without duplicates
 * @param names the explicit objects, in order; empty when whole collections are meant
 * @param byTypeSlashName whether the {@code type/name} form was used
 */
record Targets(List<Kind> kinds, List<Named> names, boolean byTypeSlashName) {

  /** One explicitly named object. */
  record Named(Kind kind, String name) {}

  /**
   * {@return the targets of the positional arguments}
   *
   * @param verb the command, for the "You must specify the type of resource to ..." message
   * @throws KubectlException for a missing or unknown type, or mixed forms
   */
  static Targets parse(List<String> args, String verb) {
    if (args.isEmpty()) {
      throw KubectlException.error(
          "You must specify the type of resource to "
              + verb
              + ". Use \"kubectl api-resources\" for a complete list of supported resources.");
    }
    if (args.get(0).contains("/")) {
      List<Kind> kinds = new ArrayList<>();
      List<Named> names = new ArrayList<>();
      for (String a : args) {
        int slash = a.indexOf('/');
        if (slash < 0) {
          throw KubectlException.error(
              "there is no need to specify a resource type as a separate argument when passing"
                  + " arguments in resource/name form (e.g. 'kubectl "
                  + verb
                  + " resource/<resource_name>' instead of 'kubectl "
                  + verb
                  + " resource resource/<resource_name>'");
        }
        Kind k = ResourceTypes.resolve(a.substring(0, slash));
        String name = a.substring(slash + 1);
        if (name.isEmpty())
          throw KubectlException.error(
              "arguments in resource/name form must have a single resource and name");
        if (!kinds.contains(k)) kinds.add(k);
        names.add(new Named(k, name));
      }
      return new Targets(kinds, names, true);
    }
    List<Kind> kinds = new ArrayList<>();
    for (String t : args.get(0).split(",")) {
      for (Kind k : ResourceTypes.resolveAll(t)) {
        if (!kinds.contains(k)) kinds.add(k);
      }
    }
    List<Named> names = new ArrayList<>();
    for (String n : args.subList(1, args.size())) {
      if (n.contains("/")) {
        throw KubectlException.error(
            "there is no need to specify a resource type as a separate argument when passing"
                + " arguments in resource/name form (e.g. 'kubectl "
                + verb
                + " resource/<resource_name>' instead of 'kubectl "
                + verb
                + " resource resource/<resource_name>'");
      }
      for (Kind k : kinds) names.add(new Named(k, n));
    }
    return new Targets(kinds, names, false);
  }

  /** {@return whether exactly one object is named, so one object (not a List) is printed} */
  boolean singleItem() {
    return names.size() == 1;
  }
}
