package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filter that refuses numbers too large to be meant: {@code center(1000000000)}, {@code indent(...)} or a
 * {@code format} width would allocate gigabytes in one call, before any output limit could notice.
 */
public final class BoundedFilter implements Filter {
    private static final Pattern FORMAT_WIDTH = Pattern.compile("%[-#+ 0,(<]*(\\d+)");

    private final Filter delegate;
    private final long maxNumber;

    public BoundedFilter(Filter delegate, long maxNumber) {
        this.delegate = delegate;
        this.maxNumber = maxNumber;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean preserveSafeString() {
        return delegate.preserveSafeString();
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        check(value, args);
        return delegate.filter(value, interpreter, args);
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        check(value, args);
        if (kwargs != null) {
            check(null, kwargs.values().toArray());
        }
        return delegate.filter(value, interpreter, args, kwargs);
    }

    @Override
    public Object filter(SafeString value, JinjavaInterpreter interpreter, String... args) {
        check(value == null ? null : value.toString(), args);
        return delegate.filter(value, interpreter, args);
    }

    private void check(Object value, Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (tooLarge(arg)) {
                    throw new TooLargeException(getName(), String.valueOf(arg), maxNumber);
                }
            }
        }
        if ("format".equals(getName()) && value instanceof String format) {
            Matcher width = FORMAT_WIDTH.matcher(format);
            while (width.find()) {
                if (tooLarge(width.group(1))) {
                    throw new TooLargeException(getName(), width.group(1), maxNumber);
                }
            }
        }
    }

    private boolean tooLarge(Object arg) {
        if (arg instanceof Number number) {
            return Math.abs(number.doubleValue()) > maxNumber;
        }
        if (arg instanceof String text) {
            String digits = text.strip();
            if (!digits.isEmpty() && digits.length() < 40 && digits.matches("[-+]?\\d+(\\.\\d+)?")) {
                return Math.abs(Double.parseDouble(digits)) > maxNumber;
            }
        }
        return false;
    }

    /** A filter was given a number beyond the limit; the message says which and what the limit is. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException(String filter, String number, long max) {
            super("The filter '" + filter + "' was given " + number + ", more than the " + max
                    + " allowed in prompt templates; use a smaller number.", null, false, false);
        }
    }
}
