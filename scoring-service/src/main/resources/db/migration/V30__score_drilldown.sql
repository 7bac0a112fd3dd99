-- Drill-down of one scored item on the dashboard: what the model was asked (the rendered prompt item-service puts
-- in the scoring context's attributes), what it answered (the raw text, capped), the option labels in display order
-- (option-position distribution and RStd of selection bias) and the error kind of a request without an answer.
-- All nullable: rows stored before this migration simply show less.
ALTER TABLE score ADD COLUMN prompt text;
ALTER TABLE score ADD COLUMN response_text text;
ALTER TABLE score ADD COLUMN labels text[];
ALTER TABLE score ADD COLUMN error_kind text;
