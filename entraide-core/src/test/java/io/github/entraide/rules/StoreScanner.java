package io.github.entraide.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects every string reachable from stored objects, by reflection over their fields. */
final class StoreScanner {
    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    private final List<String> strings = new ArrayList<>();

    static List<String> strings(Collection<?> roots) {
        StoreScanner s = new StoreScanner();
        for (Object root : roots) {
            s.visit(root);
        }
        return s.strings;
    }

    private void visit(Object o) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof CharSequence cs) {
            strings.add(cs.toString());
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(this::visit);
        } else if (o instanceof Collection<?> c) {
            c.forEach(this::visit);
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                visit(k);
                visit(v);
            });
        } else if (o.getClass().isArray()) {
            if (o instanceof Object[] array) {
                for (Object e : array) {
                    visit(e);
                }
            }
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
            return;
        } else if (o.getClass().getName().startsWith("java.")) {
            strings.add(o.toString());
        } else {
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        visit(f.get(o));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("cannot read " + f, e);
                    }
                }
            }
        }
    }
}
