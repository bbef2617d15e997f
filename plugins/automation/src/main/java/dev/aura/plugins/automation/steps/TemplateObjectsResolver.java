package dev.aura.plugins.automation.steps;

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
 * Bean access for workflow templates, limited to Jinjava's own objects (filters, tests, {@code loop}): step outputs
 * are plain maps and lists, and no other Java object's properties or methods ({@code getClass()}) are reachable.
 */
final class TemplateObjectsResolver extends JinjavaBeanELResolver {
    private TemplateObjectsResolver() {
        super(true);
    }

    static ELResolver chain() {
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new ArrayELResolver(true));
        chain.add(new JinjavaListELResolver(true));
        chain.add(new TypeConvertingMapELResolver(true));
        chain.add(new TemplateObjectsResolver());
        return chain;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return isTemplateObject(base) ? super.getValue(context, base, property) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!isTemplateObject(base)) {
            throw new MethodNotFoundException("Method calls such as '" + method
                    + "()' are not allowed in workflow templates; use a filter instead, e.g. {{ name | upper }}");
        }
        return super.invoke(context, base, method, paramTypes, params);
    }

    private static boolean isTemplateObject(Object base) {
        return base instanceof ForLoop || base instanceof Importable
                || base != null && base.getClass().getName().startsWith("com.hubspot.jinjava.objects.");
    }
}
