package dev.aura.app.shell.status;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.plugins.api.ui.Paragraph;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar at the bottom: Ollama connection on the left, running jobs on the right. */
public final class StatusBarView {
    /** More than this many jobs collapse into "+N more"; the bar has room for a few. */
    private static final int VISIBLE_JOBS = 2;

    private final HBox root = new HBox();
    private final HBox jobsBox = new HBox(12);
    private final Label moreJobs = new Label();
    private final JobsViewModel jobs;
    private final ShellMessages messages;

    public StatusBarView(OllamaStatusViewModel ollama, JobsViewModel jobs, ShellMessages messages) {
        this.jobs = jobs;
        this.messages = messages;
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");

        Circle dot = new Circle(4.5);
        dot.getStyleClass().add("status-dot");
        ollama.stateProperty().subscribe(state -> {
            dot.getStyleClass().removeAll("reachable", "unreachable");
            switch (state) {
                case REACHABLE -> dot.getStyleClass().add("reachable");
                case UNREACHABLE -> dot.getStyleClass().add("unreachable");
                case CHECKING -> { }
            }
        });
        Label ollamaLabel = new Label();
        ollamaLabel.setId("ollama-status");
        ollamaLabel.setGraphic(dot);
        ollamaLabel.textProperty().bind(ollama.textProperty());
        // a phrase flow, not wrapped text: wrapped Thai renders badly (see Paragraph)
        Tooltip tip = new Tooltip();
        ollama.tooltipProperty().subscribe(text -> {
            var paragraph = Paragraph.of(text);
            paragraph.setPrefWidth(Math.min(420, 7.5 * text.length()));
            tip.setGraphic(paragraph);
        });
        ollamaLabel.setTooltip(tip);

        Label models = new Label();
        models.setId("ollama-models");
        models.getStyleClass().add(Styles.TEXT_MUTED);
        models.textProperty().bind(ollama.modelsTextProperty());
        models.visibleProperty().bind(models.textProperty().isNotEmpty());
        models.managedProperty().bind(models.visibleProperty());

        jobsBox.setId("jobs");
        jobsBox.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        moreJobs.getStyleClass().add(Styles.TEXT_MUTED);
        jobs.jobs().addListener((ListChangeListener<JobItem>) c -> rebuildJobs());
        rebuildJobs();

        root.getChildren().addAll(ollamaLabel, models, new Spacer(), jobsBox);
    }

    public HBox node() {
        return root;
    }

    private void rebuildJobs() {
        jobsBox.getChildren().clear();
        var items = jobs.jobs();
        for (int i = 0; i < Math.min(VISIBLE_JOBS, items.size()); i++) {
            jobsBox.getChildren().add(jobNode(items.get(i)));
        }
        if (items.size() > VISIBLE_JOBS) {
            moreJobs.setText(messages.format("status.jobs.more", items.size() - VISIBLE_JOBS));
            jobsBox.getChildren().add(moreJobs);
        }
    }

    private HBox jobNode(JobItem item) {
        Label name = new Label(item.name());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().addAll("job-progress", Styles.SMALL);
        bar.progressProperty().bind(Bindings.when(item.progressProperty().lessThan(0))
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(item.progressProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(item.messageProperty());
        bar.setTooltip(tip);
        Label percent = new Label();
        percent.getStyleClass().add(Styles.TEXT_MUTED);
        percent.textProperty().bind(Bindings.createStringBinding(() -> {
            double p = item.progressProperty().get();
            return p < 0 ? "" : Math.round(p * 100) + "%";
        }, item.progressProperty()));
        Button cancel = new Button(null, new FontIcon(Feather.X));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip(messages.get("status.jobs.cancel")));
        cancel.setAccessibleText(messages.get("status.jobs.cancel") + " " + item.name());
        cancel.setOnAction(e -> item.cancel());
        cancel.setId("cancel-" + item.id());
        HBox box = new HBox(6, name, bar, percent, cancel);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getStyleClass().add("job");
        return box;
    }
}
