-- exchange: market regulation reads refusals and returns per enterprise (no personal data in either)
insert into sharing_policy (department, dataset, fields, masking, purpose, valid_from) values
 ('MARKET', 'refusals', 'invtNo,copNo,direction,ebpCode,ebcCode,agentCode,returnStatus,reason,refusedAt', '',
  '市场监管：经营主体信用与商品质量监测（退单）', timestamp with time zone '2026-01-01 00:00:00+08'),
 ('MARKET', 'returns', 'invtNo,copNo,ebcCode,agentCode,lines,returnedAt', '',
  '市场监管：消费者权益保护（退货）', timestamp with time zone '2026-01-01 00:00:00+08');
