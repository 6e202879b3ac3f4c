package org.cbec.app.clearance.application;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets the String (and int) properties of a generated binding object by their XSD names, through its JAXB setters
 * (found once per class); names the class has no setter for are passed over.
 */
final class Setters {

    private static final ClassValue<Map<String, MethodHandle>> SETTERS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> setters = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (var method : type.getMethods()) {
                Class<?> parameter = method.getParameterCount() == 1 ? method.getParameterTypes()[0] : null;
                if (method.getName().startsWith("set") && (parameter == String.class || parameter == int.class)) {
                    String name = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
                    try {
                        MethodHandle setter = lookup.findVirtual(type, method.getName(),
                                MethodType.methodType(void.class, parameter));
                        // an int property (msgSeqNo ...) takes the number its text spells
                        setters.put(name, parameter == String.class ? setter : MethodHandles.filterArguments(
                                setter, 1, lookup.findStatic(Integer.class, "parseInt",
                                        MethodType.methodType(int.class, String.class))));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return setters;
        }
    };

    private Setters() {
    }

    static void fill(Object bean, Map<String, String> values) {
        Map<String, MethodHandle> setters = SETTERS.get(bean.getClass());
        values.forEach((name, value) -> {
            MethodHandle setter = setters.get(name);
            if (setter != null && value != null) {
                try {
                    setter.invoke(bean, value);
                } catch (Throwable e) {
                    throw new IllegalStateException("setting " + name + " of " + bean.getClass().getSimpleName(), e);
                }
            }
        });
    }
}
