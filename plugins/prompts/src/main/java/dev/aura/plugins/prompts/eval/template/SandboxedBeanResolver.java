package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.el.TypeConvertingMapELResolver;
import com.hubspot.jinjava.el.ext.JinjavaBeanELResolver;
import com.hubspot.jinjava.el.ext.JinjavaListELResolver;
import com.hubspot.jinjava.lib.Importable;
import com.hubspot.jinjava.util.ForLoop;
import jinjava.javax.el.ArrayELResolver;
import jinjava.javax.el.CompositeELResolver;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.MethodNotFoundException;

/**
 * Jinjava's bean access limited to Jinjava's own template objects ({@code loop.index}, a dict's {@code items()},
 * the filters and tests it calls through beans):
 * properties and methods of any other class, {@code String.getClass()} included, are out of a template's reach.
 */
public final class SandboxedBeanResolver extends JinjavaBeanELResolver {
    private static final String TEMPLATE_OBJECTS = "com.hubspot.jinjava.objects.";

    private SandboxedBeanResolver() {
        super(true);
    }

    /** The resolver chain of Jinjava's read-only default with this bean resolver in place of its own. */
    public static ELResolver chain() {
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new ArrayELResolver(true));
        chain.add(new JinjavaListELResolver(true));
        chain.add(new TypeConvertingMapELResolver(true));
        chain.add(new SandboxedBeanResolver());
        return chain;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (!isTemplateObject(base)) {
            return null;
        }
        return super.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!isTemplateObject(base)) {
            throw new MethodNotFoundException("Method calls such as '" + method
                    + "()' are not allowed in prompt templates; use a filter instead, e.g. {{ name | upper }}");
        }
        return super.invoke(context, base, method, paramTypes, params);
    }

    private static boolean isTemplateObject(Object base) {
        return base instanceof ForLoop || base instanceof Importable
                || base != null && base.getClass().getName().startsWith(TEMPLATE_OBJECTS);
    }
}
