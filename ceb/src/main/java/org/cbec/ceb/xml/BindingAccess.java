package org.cbec.ceb.xml;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Construction and field access of the classes XJC generated, as plain method calls: the compiled reader sets a
 * hundred-odd fields a message, and core reflection's per-call checks cost more than the setting (a seventh of a
 * read). XJC's setters only assign and its list getters only create the list when it is null, so calling them
 * binds exactly what {@link Field#set} did; where a class has no such method the field is set reflectively.
 */
final class BindingAccess {

    private static final ClassValue<Supplier<Object>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Supplier<Object> computeValue(Class<?> type) {
            return constructor(type);
        }
    };

    private BindingAccess() {
    }

    /** A new instance of a class with a no-argument constructor. */
    static Object newInstance(Class<?> type) {
        return CONSTRUCTORS.get(type).get();
    }

    /** A field's setter: sets the value as JAXB does, whatever the value's field type. */
    static BiConsumer<Object, Object> setter(Field field) {
        Class<?> owner = field.getDeclaringClass();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            MethodHandle setter = lookup.findVirtual(owner, "set" + capitalized(field.getName()),
                    MethodType.methodType(void.class, field.getType()));
            CallSite site = LambdaMetafactory.metafactory(lookup, "accept", MethodType.methodType(BiConsumer.class),
                    MethodType.methodType(void.class, Object.class, Object.class), setter,
                    MethodType.methodType(void.class, owner, MethodType.methodType(field.getType()).wrap()
                            .returnType()));
            @SuppressWarnings("unchecked")
            BiConsumer<Object, Object> made = (BiConsumer<Object, Object>) site.getTarget().invoke();
            return made;
        } catch (Throwable notGenerated) {
            return (object, value) -> {
                try {
                    field.set(object, value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    /** A list field's getter, which creates the list the first time as JAXB's own getter does. */
    static Function<Object, List<Object>> listGetter(Field field) {
        Class<?> owner = field.getDeclaringClass();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            MethodHandle getter = lookup.findVirtual(owner, "get" + capitalized(field.getName()),
                    MethodType.methodType(List.class));
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), getter, MethodType.methodType(List.class,
                            owner));
            @SuppressWarnings("unchecked")
            Function<Object, List<Object>> made = (Function<Object, List<Object>>) site.getTarget().invoke();
            return made;
        } catch (Throwable notGenerated) {
            return object -> reflectiveList(field, object);
        }
    }

    /** A class's no-argument constructor. */
    static Supplier<Object> constructor(Class<?> type) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
            CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), constructor, MethodType.methodType(type));
            @SuppressWarnings("unchecked")
            Supplier<Object> made = (Supplier<Object>) site.getTarget().invoke();
            return made;
        } catch (Throwable notPublic) {
            return () -> {
                try {
                    return type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> reflectiveList(Field field, Object object) {
        try {
            List<Object> list = (List<Object>) field.get(object);
            if (list == null) {
                list = new java.util.ArrayList<>();
                field.set(object, list);
            }
            return list;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
