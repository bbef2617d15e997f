package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The top bar: range, filter menus with a clear chip, Refresh, Export and Prices. */
final class FilterBar {
    /** What Export offers: calls or aggregates, as CSV or JSON. */
    enum ExportKind { CALLS, AGGREGATES }

    private final DashboardViewModel vm;
    private final Messages messages;
    private final javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(8);
    private final HBox actions = new HBox(8);
    private final MenuButton models;
    private final MenuButton sources;
    private final MenuButton providers;
    private final MenuButton outcomes;
    private final Button clear;
    private boolean syncing;

    FilterBar(DashboardViewModel vm, Messages messages, Runnable refresh, BiConsumer<ExportKind, ExportFormat> export,
            Runnable prices) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("filter-bar");
        actions.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        ToggleButton today = rangeButton(group, "ui.range.today", RangePreset.TODAY, "range-today");
        ToggleButton week = rangeButton(group, "ui.range.week", RangePreset.LAST_7_DAYS, "range-week");
        ToggleButton month = rangeButton(group, "ui.range.month", RangePreset.LAST_30_DAYS, "range-month");
        ToggleButton custom = new ToggleButton(messages.text("ui.range.custom"));
        custom.setId("range-custom");
        custom.setToggleGroup(group);
        today.getStyleClass().add(Styles.LEFT_PILL);
        week.getStyleClass().add(Styles.CENTER_PILL);
        month.getStyleClass().add(Styles.CENTER_PILL);
        custom.getStyleClass().add(Styles.RIGHT_PILL);
        DatePicker first = new DatePicker(vm.customFirstProperty().get());
        DatePicker last = new DatePicker(vm.customLastProperty().get());
        first.setId("custom-first");
        last.setId("custom-last");
        for (DatePicker picker : List.of(first, last)) {
            picker.setPrefWidth(130);
            picker.visibleProperty().bind(custom.selectedProperty());
            picker.managedProperty().bind(custom.selectedProperty());
            picker.valueProperty().addListener((o, a, b) -> {
                if (!syncing && custom.isSelected()) {
                    vm.chooseCustom(first.getValue(), last.getValue());
                }
            });
        }
        custom.setOnAction(e -> {
            if (custom.isSelected()) {
                vm.chooseCustom(first.getValue(), last.getValue());
            }
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a range is always chosen
            }
        });
        Runnable syncRange = () -> {
            syncing = true;
            RangePreset p = vm.presetProperty().get();
            (p == null ? custom : p == RangePreset.TODAY ? today : p == RangePreset.LAST_7_DAYS ? week : month)
                    .setSelected(true);
            first.setValue(vm.customFirstProperty().get());
            last.setValue(vm.customLastProperty().get());
            syncing = false;
        };
        vm.presetProperty().addListener((o, a, b) -> syncRange.run());
        vm.customFirstProperty().addListener((o, a, b) -> syncRange.run());
        vm.customLastProperty().addListener((o, a, b) -> syncRange.run());
        syncRange.run();

        models = filterMenu("filter-models", "ui.filter.models");
        sources = filterMenu("filter-sources", "ui.filter.sources");
        providers = filterMenu("filter-providers", "ui.filter.providers");
        outcomes = filterMenu("filter-outcomes", "ui.filter.outcomes");
        clear = new Button(messages.text("ui.filter.clear"), new FontIcon(Feather.X));
        clear.setId("clear-filters");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, Styles.ACCENT, "filter-chip");
        clear.setOnAction(e -> vm.clearFilters());

        Button refreshButton = new Button(messages.text("ui.refresh"), new FontIcon(Feather.REFRESH_CW));
        refreshButton.setId("refresh");
        refreshButton.setOnAction(e -> refresh.run());
        MenuButton exportMenu = new MenuButton(messages.text("ui.export"), new FontIcon(Feather.DOWNLOAD));
        exportMenu.setId("export");
        for (ExportKind kind : ExportKind.values()) {
            for (ExportFormat format : ExportFormat.values()) {
                MenuItem item = new MenuItem(messages.text("ui.export." + kind.name().toLowerCase() + "."
                        + format.name().toLowerCase()));
                item.setOnAction(e -> export.accept(kind, format));
                exportMenu.getItems().add(item);
            }
        }
        Button pricesButton = new Button(messages.text("ui.prices"), new FontIcon(Feather.DOLLAR_SIGN));
        pricesButton.setId("prices");
        pricesButton.setOnAction(e -> prices.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox range = new HBox(0, today, week, month, custom);
        actions.getChildren().addAll(range, first, last, spacer, refreshButton, exportMenu, pricesButton);
        HBox filters = new HBox(8, models, sources, providers, outcomes, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(actions, filters);

        vm.filterProperty().addListener((o, a, b) -> syncFilter());
        vm.dashboardProperty().addListener((o, a, b) -> syncFilter());
        syncFilter();
    }

    private ToggleButton rangeButton(ToggleGroup group, String key, RangePreset preset, String id) {
        ToggleButton button = new ToggleButton(messages.text(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setOnAction(e -> vm.choosePreset(preset));
        return button;
    }

    private MenuButton filterMenu(String id, String key) {
        MenuButton menu = new MenuButton(messages.text(key));
        menu.setId(id);
        menu.setGraphic(new FontIcon(Feather.FILTER));
        return menu;
    }

    /** Rebuilds the menus from the facets (a few dozen items at most) and marks what the filter holds. */
    private void syncFilter() {
        UsageFilter filter = vm.filter();
        Dashboard d = vm.dashboard();
        List<String> modelNames = union(d == null ? List.of() : d.facets().models(), filter.models());
        List<String> sourceNames = union(d == null ? List.of() : d.facets().sources(), filter.sources());
        List<String> providerNames = union(d == null ? List.of() : d.facets().providers(), filter.providers());
        fill(models, "ui.filter.models", modelNames, filter.models(), s -> vm.setFilter(vm.filter().withModels(s)));
        fill(sources, "ui.filter.sources", sourceNames, filter.sources(),
                s -> vm.setFilter(vm.filter().withSources(s)));
        fill(providers, "ui.filter.providers", providerNames, filter.providers(),
                s -> vm.setFilter(vm.filter().withProviders(s)));
        List<String> outcomeNames = Arrays.stream(Outcome.values()).map(Enum::name).toList();
        Set<String> chosenOutcomes = new HashSet<>();
        filter.outcomes().forEach(o -> chosenOutcomes.add(o.name()));
        fill(outcomes, "ui.filter.outcomes", outcomeNames, chosenOutcomes, s -> vm.setFilter(vm.filter()
                .withOutcomes(s.stream().map(Outcome::valueOf).collect(java.util.stream.Collectors.toSet()))),
                name -> messages.text("ui.outcome." + name));
        clear.setVisible(!filter.isAll());
        clear.setManaged(!filter.isAll());
    }

    private void fill(MenuButton menu, String key, List<String> names, Set<String> chosen,
            java.util.function.Consumer<Set<String>> apply) {
        fill(menu, key, names, chosen, apply, Function.identity());
    }

    private void fill(MenuButton menu, String key, List<String> names, Set<String> chosen,
            java.util.function.Consumer<Set<String>> apply, Function<String, String> label) {
        menu.getItems().clear();
        menu.setText(chosen.isEmpty() ? messages.text(key)
                : messages.text("ui.filter.count", messages.text(key), chosen.size()));
        menu.getStyleClass().remove(Styles.ACCENT);
        if (!chosen.isEmpty()) {
            menu.getStyleClass().add(Styles.ACCENT);
        }
        if (names.isEmpty()) {
            MenuItem none = new MenuItem(messages.text("ui.filter.none"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (String name : names) {
            CheckMenuItem item = new CheckMenuItem(label.apply(name));
            item.setId(menu.getId() + "-" + name);
            item.setSelected(chosen.contains(name));
            item.setOnAction(e -> {
                Set<String> next = new HashSet<>(chosen);
                if (item.isSelected()) {
                    next.add(name);
                } else {
                    next.remove(name);
                }
                apply.accept(next);
            });
            menu.getItems().add(item);
        }
        if (!chosen.isEmpty()) {
            MenuItem all = new MenuItem(messages.text("ui.filter.any"));
            all.setOnAction(e -> apply.accept(Set.of()));
            menu.getItems().addAll(new SeparatorMenuItem(), all);
        }
    }

    private static List<String> union(List<String> offered, Set<String> chosen) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(offered);
        all.addAll(chosen);
        return List.copyOf(all);
    }

    javafx.scene.layout.VBox root() {
        return root;
    }

    /** The first row, where the panel adds its busy indicator. */
    HBox actions() {
        return actions;
    }
}
