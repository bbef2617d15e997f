/** Automation: workflows of steps, their engine and their triggers. FX-free. */
package dev.aura.plugins.automation;
