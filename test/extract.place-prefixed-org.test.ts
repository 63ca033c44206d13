// A known institution's short Chinese name written right after another place's name (武汉协和医院, 海南瑞金醫院) is another
// institution, not the known one; the known one keeps its name alone, in full, or with its own place. Our own pages.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('place-prefixed-org-');

const orgs = async (body: string) => {
  const d = await extractPage(`细胞治疗病房开放\n\n2026年5月14日\n\n　　${body}\n`);
  const ids = d.entities.filter((e) => e.label === 'Organization').map((e) => e.id);
  const members = d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => r.to);
  return { ids, members };
};

describe('a known hospital short name after another place is another hospital', () => {
  it.each([
    ['武汉协和医院日前开设细胞治疗病房。该院院长周立新表示，病房首批收治10名患者。', 'org:pumch'],
    ['海南瑞金醫院宣布成立幹細胞臨床研究中心，院長林慧芳說，中心明年投入使用。', 'org:ruijin-hospital'],
    ['据了解，本次获批的项目由福建协和医院牵头，医院副院长黄志坚介绍了项目进展。', 'org:pumch'],
  ])('%s', async (body, known) => {
    const f = await orgs(body);
    expect(f.ids).not.toContain(known);
    expect(f.ids.length).toBe(1);
    expect(f.members).not.toContain(known);
  });

  it.each([
    ['北京协和医院血液科主任李明表示，病房将开展CAR-T治疗。', 'org:pumch'],
    ['上海瑞金医院与一家细胞治疗企业签署合作协议。', 'org:ruijin-hospital'],
    ['国家卫生健康委批准协和医院牵头开展该项研究。', 'org:pumch'],
  ])('the known one stays: %s', async (body, known) => {
    expect((await orgs(body)).ids).toContain(known);
  });
});
