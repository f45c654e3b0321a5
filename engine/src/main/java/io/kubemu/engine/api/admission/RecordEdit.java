package io.kubemu.engine.api.admission;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A copy of a model record with some components replaced, by component name: the model has withers
 * for the common fields only, and defaulting touches many ({@code edit(spec).orElse("dnsPolicy",
 * "ClusterFirst").build()}). {@link #build()} returns the original record when nothing changed, so
 * defaulting an already defaulted object allocates nothing.
 *
 * <p>Not thread-safe (one edit at a time); the per-type metadata cache is.
 *
 * @param <R> the record type
 */
final class RecordEdit<R extends Record> {

  /**
   * Accessors and canonical constructor of one record type: the accessors as {@link Function}s spun
   * by {@link LambdaMetafactory} (a plain interface call, where invoking a method handle held in a
   * field goes through its adapters each time), the constructor as a method handle typed {@code
   * (Object[])Object} so that calls need no boxing of arguments arrays.
   */
  private record Shape(
      Map<String, Integer> index, Function<Object, Object>[] accessors, MethodHandle ctor) {
    @SuppressWarnings("unchecked")
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Map<String, Integer> index = new HashMap<>(); // lookups only
      Function<Object, Object>[] accessors = new Function[components.length];
      Class<?>[] types = new Class<?>[components.length];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < components.length; i++) {
          index.put(components[i].getName(), i);
          accessors[i] = accessor(lookup.unreflect(components[i].getAccessor()), type);
          types[i] = components[i].getType();
        }
        MethodHandle ctor =
            lookup
                .unreflectConstructor(type.getDeclaredConstructor(types))
                .asType(MethodType.genericMethodType(components.length))
                .asSpreader(Object[].class, components.length);
        return new Shape(index, accessors, ctor);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("not an accessible record: " + type.getName(), e);
      }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(MethodHandle getter, Class<?> type) {
      try {
        return (Function<Object, Object>)
            LambdaMetafactory.metafactory(
                    MethodHandles.lookup(),
                    "apply",
                    MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class),
                    getter,
                    MethodType.methodType(getter.type().returnType(), type).wrap())
                .getTarget()
                .invokeExact();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("not an accessible record: " + type.getName(), e);
      }
    }
  }

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private final R original;
  private final Shape shape;
  private Object[] values; // lazily copied on the first change

  private RecordEdit(R original) {
    this.original = Objects.requireNonNull(original);
    this.shape = SHAPES.computeIfAbsent(original.getClass(), Shape::of);
  }

  /** {@return an edit of {@code record}} */
  static <R extends Record> RecordEdit<R> of(R record) {
    return new RecordEdit<>(record);
  }

  /** {@return the component's current value} */
  Object get(String component) {
    int i = index(component);
    return values != null ? values[i] : read(i);
  }

  /** Sets a component. */
  RecordEdit<R> set(String component, Object value) {
    int i = index(component);
    Object current = values != null ? values[i] : read(i);
    if (Objects.equals(current, value)) return this;
    if (values == null) copy();
    values[i] = value;
    return this;
  }

  /**
   * Sets a component when {@code current}, its value the caller read, is null: as {@link
   * #orElse(String, Object)} without reading the component reflectively.
   */
  RecordEdit<R> orElse(String component, Object current, Object value) {
    return current == null ? set(component, value) : this;
  }

  /**
   * Sets a component to {@code value} unless it is {@code current} itself, the value the caller
   * read: for derived values that come back identical when nothing changed.
   */
  RecordEdit<R> replace(String component, Object current, Object value) {
    return current == value ? this : set(component, value);
  }

  /** Sets a component when it is null (Go's {@code if x == nil { x = v }}). */
  RecordEdit<R> orElse(String component, Object value) {
    return get(component) == null ? set(component, value) : this;
  }

  /** {@return the edited record; the original when nothing changed} */
  @SuppressWarnings("unchecked")
  R build() {
    if (values == null) return original;
    try {
      Object built = (Object) shape.ctor.invokeExact(values);
      return (R) built;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private int index(String component) {
    Integer i = shape.index.get(component);
    if (i == null) {
      throw new IllegalArgumentException(
          original.getClass().getSimpleName() + " has no component " + component);
    }
    return i;
  }

  private void copy() {
    values = new Object[shape.accessors.length];
    for (int i = 0; i < values.length; i++) values[i] = read(i);
  }

  private Object read(int i) {
    return shape.accessors[i].apply(original);
  }
}
