package org.newsarchive.etl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.tag.RoleModel;

/** How the trainer chooses the override thresholds on held-out predictions (issue 19). */
class TrainRoleModelTest {

    private final List<TrainRoleModel.Sample> samples = new ArrayList<>();
    private final List<RoleModel.Prediction> held = new ArrayList<>();

    private void add(int n, Role rule, Role gold, Role predicted, double probability) {
        for (int i = 0; i < n; i++) {
            samples.add(new TrainRoleModel.Sample(new RoleModel.Input("p" + samples.size(), rule, List.of(), true, false),
                    gold, i % TrainRoleModel.FOLDS));
            held.add(new RoleModel.Prediction(predicted, probability, List.of()));
        }
    }

    private double[] thresholds() {
        RoleModel fin = new RoleModel(Role.values(), Map.of(), TrainRoleModel.NEVER, TrainRoleModel.NEVER);
        return TrainRoleModel.thresholds(samples, held.toArray(RoleModel.Prediction[]::new), fin, true);
    }

    @Test
    void aThresholdThatRaisesTheMeanButLowersOneRoleIsRefused() {
        // BYLINE overrides would fix ten bylines the rules call BODY (BYLINE F1 0 → 0.95, the mean
        // rises) but turn one right PHOTO_CREDIT into a BYLINE at the same probability (CREDIT 1 → 0.67)
        add(10, Role.BODY, Role.BYLINE, Role.BYLINE, 0.95);
        add(1, Role.PHOTO_CREDIT, Role.PHOTO_CREDIT, Role.BYLINE, 0.95);
        add(1, Role.PHOTO_CREDIT, Role.PHOTO_CREDIT, Role.PHOTO_CREDIT, 0.95);
        // CAPTION overrides only fix captions: taken
        add(4, Role.BODY, Role.PHOTO_CAPTION, Role.PHOTO_CAPTION, 0.8);
        add(20, Role.BODY, Role.BODY, Role.BODY, 0.9);

        double[] t = thresholds();

        assertThat(t[Role.BYLINE.ordinal()]).isEqualTo(TrainRoleModel.NEVER);
        assertThat(t[Role.PHOTO_CAPTION.ordinal()]).isLessThanOrEqualTo(0.8);
    }

    @Test
    void aThresholdThatLowersTheExtractionRecallIsRefusedEvenWhereItsF1Gains() {
        // BOILERPLATE overrides drop three pieces of furniture the rules kept, but also one story paragraph
        add(3, Role.BODY, Role.BOILERPLATE, Role.BOILERPLATE, 0.9);
        add(1, Role.BODY, Role.BODY, Role.BOILERPLATE, 0.9);
        add(20, Role.BODY, Role.BODY, Role.BODY, 0.9);

        assertThat(thresholds()[Role.BOILERPLATE.ordinal()]).isEqualTo(TrainRoleModel.NEVER);
    }

    @Test
    void aThresholdThatTakesTheDevPagesBelowTheFloorIsRefused() {
        // on the tuning pages BYLINE overrides fix ten bylines (overall BYLINE F1 0.67 → 0.95); on the
        // dev pages (appended last), where the rules get all ten, they turn two body paragraphs into
        // bylines: dev BYLINE 1.00 → 0.91 held out, under 0.95
        add(10, Role.BODY, Role.BYLINE, Role.BYLINE, 0.9);
        add(20, Role.BODY, Role.BODY, Role.BODY, 0.9);
        int dev = samples.size();
        add(10, Role.BYLINE, Role.BYLINE, Role.BYLINE, 0.9);
        add(2, Role.BODY, Role.BODY, Role.BYLINE, 0.9);
        add(10, Role.BODY, Role.BODY, Role.BODY, 0.9);
        RoleModel fin = new RoleModel(Role.values(), Map.of(), TrainRoleModel.NEVER, TrainRoleModel.NEVER);
        RoleModel.Prediction[] h = held.toArray(RoleModel.Prediction[]::new);

        assertThat(TrainRoleModel.thresholds(samples, h, fin, true)[Role.BYLINE.ordinal()]).isLessThanOrEqualTo(0.9);
        assertThat(TrainRoleModel.thresholds(samples, h, fin, true, dev)[Role.BYLINE.ordinal()])
                .isEqualTo(TrainRoleModel.NEVER);
    }
}
