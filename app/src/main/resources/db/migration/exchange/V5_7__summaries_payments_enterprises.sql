-- exchange: tax reads export summary declarations (for refunds) and import tax payment forms; market regulation
-- reads the enterprises filed through the one filing
insert into sharing_policy (department, dataset, fields, masking, purpose, valid_from) values
 ('TAX', 'summary-declarations',
  'sumNo,declSeqNo,entryId,agentCode,ebcCode,ownerCode,trafMode,country,portCode,items,invtNos,summarisedAt', '',
  '税务：跨境电商出口汇总申报与出口退（免）税核对', timestamp with time zone '2026-01-01 00:00:00+08'),
 ('TAX', 'import-tax-payments', 'entDutyNo,assureCode,bills,total,status,dueBy,at', '',
  '税务：跨境电商零售进口代收代缴税款缴纳情况', timestamp with time zone '2026-01-01 00:00:00+08'),
 ('MARKET', 'enterprises', 'customsCode,uscc,name,legalRepresentative,address,businessScope,roles,approvedAt', '',
  '市场监管：跨境电商经营主体登记信息', timestamp with time zone '2026-01-01 00:00:00+08');
