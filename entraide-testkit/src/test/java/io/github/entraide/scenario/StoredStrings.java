package io.github.entraide.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every string reachable from stored objects: fields of Entraide's own types are walked by
 * reflection, collections, maps and optionals are opened, and other values (instants, locales,
 * numbers) are turned into text. Used to prove that an erased member left nothing behind.
 */
final class StoredStrings {
    private StoredStrings() {
    }

    static List<String> of(Collection<?> roots) {
        List<String> out = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object root : roots) {
            walk(root, out, seen);
        }
        return out;
    }

    private static void walk(Object value, List<String> out, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof CharSequence s) {
            out.add(s.toString());
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, out, seen));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(v, out, seen));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, out, seen);
                walk(v, out, seen);
            });
        } else if (value instanceof Enum<?> e) {
            out.add(e.name());
        } else if (value.getClass().getName().startsWith("io.github.entraide.")) {
            for (Class<?> type = value.getClass(); type != null && type.getName().startsWith("io.github.entraide.");
                    type = type.getSuperclass()) {
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    Object field;
                    try {
                        f.setAccessible(true);
                        field = f.get(value);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("cannot read " + f, e);
                    }
                    walk(field, out, seen);
                }
            }
        } else {
            out.add(String.valueOf(value));
        }
    }
}
