package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.core.audit.AuditEntry;
import dev.aura.core.audit.AuditVerification;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The audit log newest first, with a Verify button whose verdict is shown plainly beside it. */
final class AuditPane {
    private final AuditViewModel vm;
    private final Formats formats;
    private final VBox root = new VBox(8);
    private final TableView<AuditEntry> table = new TableView<>();
    private final Label verdict = new Label();

    AuditPane(AuditViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        Button verify = new Button(formats.messages().text("ui.audit.verify"), new FontIcon(Feather.SHIELD));
        verify.setId("audit-verify");
        verify.disableProperty().bind(vm.verifyingProperty());
        verify.setOnAction(e -> vm.verify());
        Button reload = new Button(formats.messages().text("ui.refresh"), new FontIcon(Feather.REFRESH_CW));
        reload.setOnAction(e -> vm.reload());
        verdict.setId("audit-verdict");
        verdict.setWrapText(true);
        vm.verificationProperty().addListener((o, a, b) -> showVerdict(b));
        vm.verifyingProperty().addListener((o, a, busy) -> {
            if (busy) {
                verdict.setText(formats.messages().text("ui.audit.verifying"));
                verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            }
        });
        vm.errorProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                verdict.setText(text);
                verdict.getStyleClass().add(Styles.DANGER);
            }
        });
        HBox bar = new HBox(8, verify, reload, verdict);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setItems(vm.entries());
        table.setId("audit-table");
        table.getStyleClass().addAll(Styles.DENSE, "tabular");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(formats.messages().text("ui.audit.empty")));
        table.getColumns().add(column("ui.column.seq", e -> Long.toString(e.seq()), 60));
        table.getColumns().add(column("ui.column.time", e -> formats.dateTime(e.at()), 160));
        table.getColumns().add(column("ui.column.actor", AuditEntry::actor, 90));
        table.getColumns().add(column("ui.column.via", AuditEntry::via, 70));
        table.getColumns().add(column("ui.column.action", AuditEntry::action, 140));
        table.getColumns().add(column("ui.column.subject", AuditEntry::subject, 160));
        table.getColumns().add(column("ui.column.details", AuditEntry::details, 260));
        NearEndRows.install(table, vm::loadMore);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, table);
        root.getStyleClass().add("audit-pane");
    }

    private void showVerdict(AuditVerification v) {
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (v == null) {
            return;
        }
        verdict.setText(vm.verdict());
        verdict.setGraphic(new FontIcon(v.intact() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
        verdict.getStyleClass().add(v.intact() ? Styles.SUCCESS : Styles.DANGER);
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(formats.messages().text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    VBox root() {
        return root;
    }
}
