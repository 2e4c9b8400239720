import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { PersonalDataWarnings } from "../../handover/components/PersonalDataWarnings";
import { formatInstant } from "../follow-ups.logic";
import { useAddComment } from "../follow-ups.mutations";

interface CommentThreadProps {
  followUp: FollowUp;
  timeZone: string;
  today: string;
  onAdded: () => void;
}

/** The conversation under a follow-up, oldest first, and a field to add to it. */
export function CommentThread({ followUp, timeZone, today, onAdded }: CommentThreadProps) {
  const { t, i18n } = useTranslation("follow-ups");
  const add = useAddComment(followUp.id);
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { body: "" },
    validate: {
      body: (value) => {
        const text = value.trim();
        if (!text) return t("comments.required");
        return text.length > LIMITS.commentMax
          ? t("form.problems.tooLong", { max: LIMITS.commentMax })
          : null;
      },
    },
  });
  const onSubmit = form.onSubmit(({ body }) => {
    setPageError(null);
    add.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          form.reset();
          onAdded();
        },
        onError: (error) => {
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="comments-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="comments-heading">
          {t("comments.title", { count: followUp.comments.length })}
        </Title>
        {followUp.comments.length === 0 ? (
          <Text c="dark.7">{t("comments.empty")}</Text>
        ) : (
          <Stack component="ol" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {followUp.comments.map((comment) => (
              <Paper key={comment.id} component="li" bg="gray.0" p="sm" radius="md">
                <Text size="sm" fw={600}>
                  {comment.author?.displayName ?? t("assignee.removed")}{" "}
                  <Text span size="sm" fw={400} c="dark.7">
                    · {formatInstant(comment.createdAt, timeZone, i18n.language, today)}
                  </Text>
                </Text>
                <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{comment.body}</Text>
              </Paper>
            ))}
          </Stack>
        )}
        {followUp.can.comment && (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <ErrorAlert error={pageError} />
              <Textarea
                label={t("comments.add")}
                autosize
                minRows={2}
                maxLength={LIMITS.commentMax}
                {...form.getInputProps("body")}
              />
              <PersonalDataWarnings text={form.values.body} />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending} variant="light">
                  {t("comments.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
