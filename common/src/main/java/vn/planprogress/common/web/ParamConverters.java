package vn.planprogress.common.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed path, query and header parameters (enums, UUIDs, instants with offset, dates,
 * booleans, whole numbers) the one way of {@link Params}, so that a resource declares
 * {@code @QueryParam("asOf") Instant asOf} and every service refuses the same mistake with the same
 * 400 naming the parameter (by its annotation, or else by the request: see {@link UnreadableParameter}).
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType.isEnum()) {
            return converter(text -> (T) Params.enumOf(name, text, (Class<? extends Enum>) rawType), value -> ((Enum<?>) value).name());
        }
        if (rawType == UUID.class) {
            return converter(text -> (T) Params.uuid(name, text), Object::toString);
        }
        if (rawType == Instant.class) {
            return converter(text -> (T) Params.instant(name, text), Object::toString);
        }
        if (rawType == LocalDate.class) {
            return converter(text -> (T) Params.date(name, text), Object::toString);
        }
        if (rawType == Boolean.class) {
            return converter(text -> (T) Params.bool(name, text), Object::toString);
        }
        if (rawType == Integer.class) {
            return converter(text -> (T) Params.integer(name, text), Object::toString);
        }
        if (rawType == int.class) {
            return converter(text -> {
                Integer number = Params.integer(name, text);
                if (number == null) {
                    throw Params.refused(name, "", "is not a whole number");
                }
                return (T) number;
            }, Object::toString);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> from, Function<T, String> to) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return from.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : to.apply(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
