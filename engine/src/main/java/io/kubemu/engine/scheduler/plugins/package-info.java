/**
 * The in-tree scheduler plugins, one package each, their names ({@link
 * io.kubemu.engine.scheduler.plugins.Names}), registry ({@link
 * io.kubemu.engine.scheduler.plugins.InTreeRegistry}) and the default profile ({@link
 * io.kubemu.engine.scheduler.plugins.DefaultProfile}). Mirrors pkg/scheduler/framework/plugins
 * (v1.30).
 */
package io.kubemu.engine.scheduler.plugins;
