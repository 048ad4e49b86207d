package io.github.entraide.testkit.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text fields of a command record, found by reflection, and copies of a command with one of them
 * replaced. A field is named by its path: {@code displayName} (a string), {@code phone} (an optional
 * string), {@code languages[]} (an element added to a set or list of strings),
 * {@code onBehalfOf.firstName} (a string of the record inside an optional) and
 * {@code communes[0].name} (a string of the first record of a list). Stateless.
 */
final class TextFields {
    private TextFields() {
    }

    /**
     * The paths of every text field of a record type.
     *
     * @param type the record type
     * @return the paths, in declaration order
     */
    static List<String> of(Class<? extends Record> type) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            if (c.getType() == String.class) {
                paths.add(name);
            } else if (c.getGenericType() instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type arg = p.getActualTypeArguments()[0];
                if (raw == Optional.class && arg == String.class) {
                    paths.add(name);
                } else if ((raw == Set.class || raw == List.class) && arg == String.class) {
                    paths.add(name + "[]");
                } else if (raw == Optional.class && arg instanceof Class<?> k && k.isRecord()) {
                    stringsOf(k).forEach(inner -> paths.add(name + "." + inner));
                } else if (raw == List.class && arg instanceof Class<?> k && k.isRecord()) {
                    stringsOf(k).forEach(inner -> paths.add(name + "[0]." + inner));
                }
            }
        }
        return Collections.unmodifiableList(paths);
    }

    private static List<String> stringsOf(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType() == String.class) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /**
     * A copy of {@code base} with the field at {@code path} set to {@code value}.
     *
     * @param base the command
     * @param path a path from {@link #of(Class)}
     * @param value the new text
     * @param <C> the command's type
     * @return the copy
     * @throws IllegalArgumentException or NullPointerException if a nested value object refuses the text
     */
    static <C extends Record> C with(C base, String path, String value) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        boolean element = head.endsWith("[]");
        boolean first = head.endsWith("[0]");
        String name = element ? head.substring(0, head.length() - 2) : first ? head.substring(0, head.length() - 3)
                : head;
        return replace(base, name, current -> {
            if (dot >= 0) {
                String inner = path.substring(dot + 1);
                if (first) {
                    List<Object> list = new ArrayList<>((List<?>) current);
                    list.set(0, with((Record) list.get(0), inner, value));
                    return List.copyOf(list);
                }
                Optional<?> optional = (Optional<?>) current;
                Record nested = (Record) optional.orElseThrow(() -> new IllegalStateException(
                        "the base command must hold a value at " + path));
                return Optional.of(with(nested, inner, value));
            }
            if (element) {
                if (current instanceof List<?> list) {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(value);
                    return copy;
                }
                Set<Object> copy = new LinkedHashSet<>((Set<?>) current);
                copy.add(value);
                return copy;
            }
            return current instanceof Optional<?> ? Optional.of(value) : value;
        });
    }

    @SuppressWarnings("unchecked")
    private static <C extends Record> C replace(C base, String name, java.util.function.UnaryOperator<Object> change) {
        RecordComponent[] components = base.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(base);
                if (components[i].getName().equals(name)) {
                    args[i] = change.apply(args[i]);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException(base.getClass().getSimpleName() + " has no component " + name);
            }
            Constructor<C> constructor = (Constructor<C>) base.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
