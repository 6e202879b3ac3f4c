-- customs: what the console lists: a guarantor's tax bills and payment forms, newest first
create index tax_bill_by_guarantor on tax_bill (assure_code, created_at);
create index tax_payment_by_guarantor on tax_payment (assure_code, created_at);
