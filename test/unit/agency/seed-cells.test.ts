import { Case, read } from "./helpers";

/**
 * Every lead and support cell of the seed plans (../shared/seeds), read by hand. 000: Quảng Ngãi 2021–2025
 * ("|" table); 001: Gia Lai 2021 (tab-indented blocks); 002: Đồng Nai 2017 ("|" table); 004: TP Quảng Ngãi 2018
 * (prose lines "- Cơ quan chủ trì …: …" / "- Cơ quan phối hợp: …", the text after the colon); 003: Quảng Bình,
 * agency lists from the body and the distribution list.
 */

const SEED_000: Case[] = [
  ["Sở Nội vụ", ["Sở Nội vụ"]],
  ["Các Sở, ban, ngành; UBND cấp huyện.", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Các Sở, ban, ngành; UBND cấp huyện; UBND cấp xã.", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
  ["Sở Thông tin và TT", ["Sở Thông tin và Truyền thông"]],
  ["Các Sở, ban, ngành; UBND cấp huyện", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Sở Nội vụ và các cơ quan liên quan.", ["Sở Nội vụ", "* Các cơ quan, đơn vị có liên quan"]],
  ["Sở Tư pháp", ["Sở Tư pháp"]],
  [
    "Sở Tư pháp và các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã",
    ["Sở Tư pháp", "* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"],
  ],
  ["Các đơn vị có liên quan", ["* Các cơ quan, đơn vị có liên quan"]],
  ["Sở Tư pháp và các sở, ban, ngành tỉnh.", ["Sở Tư pháp", "* Các sở, ban, ngành"]],
  [
    "VP Đoàn ĐBQH và HĐND tỉnh, các cơ quan, liên quan và UBND các huyện, thị xã, TP",
    ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "* Các cơ quan, đơn vị có liên quan", "* UBND các huyện, thị xã, thành phố"],
  ],
  ["Sở Tư pháp và UBND cấp huyện", ["Sở Tư pháp", "* UBND cấp huyện"]],
  ["Sở, ban, ngành tỉnh và các đơn vị có liên quan", ["* Các sở, ban, ngành", "* Các cơ quan, đơn vị có liên quan"]],
  ["Sở Tư pháp và các sở, ban, ngành tỉnh; UBND cấp huyện", ["Sở Tư pháp", "* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Văn phòng UBND tỉnh và các sở, ban, ngành tỉnh; UBND cấp huyện", ["Văn phòng UBND tỉnh", "* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"]],
  ["Các Sở, ban, ngành; UBND cấp huyện; UBND cấp xã", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
  ["Các sở, ban, ngành tỉnh; UBND cấp huyện", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Sở Nội vụ và các cơ quan liên quan", ["Sở Nội vụ", "* Các cơ quan, đơn vị có liên quan"]],
  ["Các sở ngành, địa phương, đơn vị", ["* Các sở, ngành, địa phương"]],
  ["Sở Nội vụ; Ban Tổ chức Tỉnh ủy", ["Sở Nội vụ", "Ban Tổ chức Tỉnh ủy"]],
  ["Sở Tài chính", ["Sở Tài chính"]],
  ["Sở Tài chính và các cơ quan liên quan", ["Sở Tài chính", "* Các cơ quan, đơn vị có liên quan"]],
  ["Các Sở, ban, ngành, cơ quan có liên quan", ["* Các sở, ban, ngành", "* Các cơ quan, đơn vị có liên quan"]],
  ["Các sở, ban, ngành, UBND cấp huyện", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Các sở: Tư pháp, Tài nguyên và MT; UBND cấp huyện", ["Sở Tư pháp", "Sở Tài nguyên và Môi trường", "* UBND cấp huyện"]],
  [
    "Các sở: Tư pháp, Tài nguyên và MT; UBND cấp huyện và các đơn vị có liên quan",
    ["Sở Tư pháp", "Sở Tài nguyên và Môi trường", "* UBND cấp huyện", "* Các cơ quan, đơn vị có liên quan"],
  ],
  ["Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]],
  ["Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh", ["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"]],
  ["Sở Thông tin và Truyền thông, Sở Nội vụ", ["Sở Thông tin và Truyền thông", "Sở Nội vụ"]],
  [
    "Sở Thông tin và Truyền thông; các doanh nghiệp Bưu chính, Viễn thông",
    ["Sở Thông tin và Truyền thông", "* Các doanh nghiệp bưu chính, viễn thông"],
  ],
];

const SEED_001: Case[] = [
  ["Sở Tư pháp", ["Sở Tư pháp"]],
  [
    "Văn phòng HĐND tỉnh; Văn phòng UBND tỉnh; Các Sở, ban, ngành có liên quan",
    ["Văn phòng HĐND tỉnh", "Văn phòng UBND tỉnh", "* Các sở, ban, ngành"],
  ],
  ["Văn phòng UBND tỉnh; Các Sở, ban, ngành có liên quan", ["Văn phòng UBND tỉnh", "* Các sở, ban, ngành"]],
  ["Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"]],
  ["Sở, ban, ngành tỉnh, UBND cấp huyện", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Sở Nội vụ", ["Sở Nội vụ"]],
  // "UBND" alone does not say which level: kept, flagged unknown.
  ["Sở, ban, ngành tỉnh, UBND và các cơ quan liên quan", ["* Các sở, ban, ngành", "? UBND", "* Các cơ quan, đơn vị có liên quan"]],
  ["Sở Nội vụ; Sở Giáo dục và Đào tạo", ["Sở Nội vụ", "Sở Giáo dục và Đào tạo"]],
  [
    "Sở, ban, ngành tỉnh, UBND cấp huyện và các cơ quan liên quan",
    ["* Các sở, ban, ngành", "* UBND cấp huyện", "* Các cơ quan, đơn vị có liên quan"],
  ],
  ["Sở Tài chính", ["Sở Tài chính"]],
  ["Sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", ["* Các sở, ban, ngành", "* UBND các huyện, thị xã, thành phố"]],
  ["Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]],
  ["Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
  [
    "Sở Thông tin và Truyền thông, Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã",
    ["Sở Thông tin và Truyền thông", "* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"],
  ],
  ["Bưu điện tỉnh", ["Bưu điện tỉnh"]],
  ["Các cơ quan hành chính nhà nước trên địa bàn tỉnh; VNPT Gia Lai", ["* Các cơ quan hành chính nhà nước", "VNPT tỉnh"]],
  ["Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]],
  [
    "Sở, ban, ngành tỉnh, UBND cấp huyện và các cơ quan, đơn vị liên quan",
    ["* Các sở, ban, ngành", "* UBND cấp huyện", "* Các cơ quan, đơn vị có liên quan"],
  ],
  ["- Hội đồng thẩm định.\n- Sở, ban, ngành tỉnh, UBND cấp huyện.", ["Hội đồng thẩm định", "* Các sở, ban, ngành", "* UBND cấp huyện"]],
  [
    "Các đơn vị: Tư pháp, Khoa học và Công nghệ; Thông tin và Truyền thông, Tài nguyên và Môi trường; Văn phòng UBND tỉnh.",
    ["Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Văn phòng UBND tỉnh"],
  ],
  ["Sở, ban, ngành tỉnh", ["* Các sở, ban, ngành"]],
  ["Sở, ban, ngành tỉnh, UBND cấp huyện.", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
];

const SEED_002: Case[] = [
  ["Sở Tư pháp", ["Sở Tư pháp"]],
  ["Các sở, ngành; UBND cấp huyện", ["* Các sở, ban, ngành", "* UBND cấp huyện"]],
  ["Các sở, ngành", ["* Các sở, ban, ngành"]],
  [
    "Các sở, ngành: Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Tư pháp, Lao động TB & XH, Bảo hiểm xã hội",
    [
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài nguyên và Môi trường",
      "Sở Xây dựng",
      "Sở Tư pháp",
      "Sở Lao động - Thương binh và Xã hội",
      "Bảo hiểm xã hội tỉnh",
    ],
  ],
  ["Sở Tư pháp, Sở Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]],
  ["Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]],
  ["Các sở, ngành; UBND cấp huyện, cấp xã", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
  ["Các sở: Thông tin và Truyền thông, Tư pháp, Nội vụ,", ["Sở Thông tin và Truyền thông", "Sở Tư pháp", "Sở Nội vụ"]],
  [
    "Sở Thông tin và Truyền thông; Các sở, ngành; UBND cấp huyện, cấp xã",
    ["Sở Thông tin và Truyền thông", "* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"],
  ],
  ["Sở Nội vụ; các sở, ngành", ["Sở Nội vụ", "* Các sở, ban, ngành"]],
  ["Sở Nội vụ", ["Sở Nội vụ"]],
  ["Các sở, ngành; UBND cấp huyện; đơn vị sự nghiệp", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* Các đơn vị sự nghiệp công lập"]],
  [
    "Các sở: Thông tin và Truyền thông, Tài nguyên và Môi trường, Tư pháp, Xây dựng, Lao động Thương binh và Xã hội",
    ["Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Sở Tư pháp", "Sở Xây dựng", "Sở Lao động - Thương binh và Xã hội"],
  ],
  ["Sở Tài chính", ["Sở Tài chính"]],
  ["Sở Nội vụ; Sở Thông tin và Truyền thông", ["Sở Nội vụ", "Sở Thông tin và Truyền thông"]],
  ["Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]],
  ["Sở Nội vụ; các sở, ngành; UBND cấp huyện, cấp xã", ["Sở Nội vụ", "* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
  ["Các sở, ban, ngành; UBND cấp huyện và cấp xã", ["* Các sở, ban, ngành", "* UBND cấp huyện", "* UBND cấp xã"]],
];

const SEED_004: Case[] = [
  ["Các phòng, ban thuộc UBND thành phố.", ["* Các phòng, ban thuộc UBND cấp huyện"]],
  ["Phòng Tư pháp và các cơ quan, đơn vị có liên quan.", ["Phòng Tư pháp", "* Các cơ quan, đơn vị có liên quan"]],
  ["Các phòng, ban, UBND xã, phường.", ["* Các phòng, ban thuộc UBND cấp huyện", "* UBND các xã, phường, thị trấn"]],
  ["Phòng Tư pháp thành phố", ["Phòng Tư pháp"]],
  ["Phòng Tư pháp thành phố, UBND xã, phường.", ["Phòng Tư pháp", "* UBND các xã, phường, thị trấn"]],
  ["Các cơ quan, đơn vị có liên quan", ["* Các cơ quan, đơn vị có liên quan"]],
  ["Văn phòng HĐND và UBND thành phố.", ["Văn phòng HĐND và UBND cấp huyện"]],
  [
    "Văn phòng UBND tỉnh, các cơ quan chuyên môn thuộc UBND thành phố; UBND xã, phường.",
    ["Văn phòng UBND tỉnh", "* Các phòng, ban thuộc UBND cấp huyện", "* UBND các xã, phường, thị trấn"],
  ],
  ["các cơ quan, đơn vị có liên quan.", ["* Các cơ quan, đơn vị có liên quan"]],
  [
    "Văn phòng HĐND và UBND thành phố triển khai, theo dõi, tổng hợp. Các cơ quan chuyên môn, UBND các xã, phường thường xuyên chủ động cập nhập, tổng hợp báo cáo về UBND thành phố (nếu có thay đổi).",
    [
      "Văn phòng HĐND và UBND cấp huyện {triển khai, theo dõi, tổng hợp}",
      "* Các cơ quan chuyên môn",
      "* UBND các xã, phường, thị trấn {thường xuyên chủ động cập nhập, tổng hợp báo cáo về UBND thành phố; nếu có thay đổi}",
    ],
  ],
  ["Các cơ quan, đơn vị, UBND các xã, phường.", ["* Các cơ quan, đơn vị", "* UBND các xã, phường, thị trấn"]],
  ["Văn phòng HĐND và UBND, Phòng Văn hóa và Thông tin thành phố.", ["Văn phòng HĐND và UBND cấp huyện", "Phòng Văn hóa và Thông tin"]],
  [
    "UBND thành phố (Văn phòng HĐND và UBND chủ trì tham mưu), UBND các xã, phường.",
    ["UBND thành phố {Văn phòng HĐND và UBND chủ trì tham mưu}", "* UBND các xã, phường, thị trấn"],
  ],
  [
    "Các cơ quan có liên quan phối hợp thực hiện. Văn phòng HĐND và UBND thành phố tổng hợp, theo dõi chung trên địa bàn thành phố.",
    [
      "* Các cơ quan, đơn vị có liên quan {phối hợp thực hiện}",
      "Văn phòng HĐND và UBND cấp huyện {tổng hợp, theo dõi chung trên địa bàn thành phố}",
    ],
  ],
  [
    "Sở Nội vụ, Sở Thông tin và Truyền thông, các cơ quan chuyên môn, UBND xã, phường.",
    ["Sở Nội vụ", "Sở Thông tin và Truyền thông", "* Các cơ quan chuyên môn", "* UBND các xã, phường, thị trấn"],
  ],
  [
    "Các cơ quan chuyên môn, Văn phòng ĐK QSDĐ tỉnh, chi nhánh thành phố, Chi cục Thuế thành phố, Công an thành phố.",
    ["* Các cơ quan chuyên môn", "Văn phòng Đăng ký đất đai {chi nhánh thành phố}", "Chi cục Thuế cấp huyện", "Công an cấp huyện"],
  ],
  [
    "Phòng Văn hóa và Thông tin thành phố, các cơ quan, đơn vị có liên quan.",
    ["Phòng Văn hóa và Thông tin", "* Các cơ quan, đơn vị có liên quan"],
  ],
  ["Phòng Nội vụ và các cơ quan có liên quan.", ["Phòng Nội vụ", "* Các cơ quan, đơn vị có liên quan"]],
  [
    "UBND phường Nguyễn Nghiêm, Chánh Lộ, Lê Hồng Phong, Nghĩa Chánh.",
    ["UBND phường Nguyễn Nghiêm", "UBND phường Chánh Lộ", "UBND phường Lê Hồng Phong", "UBND phường Nghĩa Chánh"],
  ],
  [
    "Văn phòng HĐND và UBND, Phòng Nội vụ, Phòng Tư pháp, Phòng Văn hóa và Thông tin, Phòng Tài chính – Kế hoạch; các cơ quan có liên quan.",
    [
      "Văn phòng HĐND và UBND cấp huyện",
      "Phòng Nội vụ",
      "Phòng Tư pháp",
      "Phòng Văn hóa và Thông tin",
      "Phòng Tài chính - Kế hoạch",
      "* Các cơ quan, đơn vị có liên quan",
    ],
  ],
  ["Các cơ quan, đơn vị, UBND xã, phường.", ["* Các cơ quan, đơn vị", "* UBND các xã, phường, thị trấn"]],
  ["Phòng Nội vụ.", ["Phòng Nội vụ"]],
  ["Các đơn vị sự nghiệp công lập trên địa bàn thành phố.", ["* Các đơn vị sự nghiệp công lập {trên địa bàn thành phố}"]],
  ["Các cơ quan, đơn vị thuộc UBND thành phố.", ["* Các phòng, ban thuộc UBND cấp huyện"]],
  ["Phòng Nội vụ thành phố.", ["Phòng Nội vụ"]],
  ["Sở Nội vụ, các cơ quan, đơn vị có liên quan.", ["Sở Nội vụ", "* Các cơ quan, đơn vị có liên quan"]],
  ["Các cơ quan, đơn vị; UBND xã, phường.", ["* Các cơ quan, đơn vị", "* UBND các xã, phường, thị trấn"]],
  ["Các cơ quan chuyên môn của UBND thành phố.", ["* Các phòng, ban thuộc UBND cấp huyện"]],
  ["Phòng Nội vụ, Văn phòng HĐND và UBND thành phố.", ["Phòng Nội vụ", "Văn phòng HĐND và UBND cấp huyện"]],
  ["Các cơ quan, đơn vị có liên quan.", ["* Các cơ quan, đơn vị có liên quan"]],
  ["Phòng Nội vụ thành phố, UBND các xã, phường.", ["Phòng Nội vụ", "* UBND các xã, phường, thị trấn"]],
  ["Các cơ quan, đơn vị có liên quan, UBND xã, phường.", ["* Các cơ quan, đơn vị có liên quan", "* UBND các xã, phường, thị trấn"]],
  ["Phòng Nội vụ thành phố, UBND xã, phường.", ["Phòng Nội vụ", "* UBND các xã, phường, thị trấn"]],
  ["Các cơ quan, đơn vị, địa phương có liên quan.", ["* Các cơ quan, đơn vị có liên quan"]],
  ["Phòng Tài chính – Kế hoạch thành phố.", ["Phòng Tài chính - Kế hoạch"]],
  ["Phòng Văn hóa và Thông tin thành phố.", ["Phòng Văn hóa và Thông tin"]],
  [
    "Sở Thông tin và Truyền thông, các cơ quan, đơn vị có liên quan.",
    ["Sở Thông tin và Truyền thông", "* Các cơ quan, đơn vị có liên quan"],
  ],
  ["Các cơ quan, đơn vị được kiểm tra.", ["* Các cơ quan, đơn vị được kiểm tra"]],
  ["Các cơ quan, đơn vị, địa phương.", ["* Các cơ quan, đơn vị"]],
  ["Phòng Nội vụ.", ["Phòng Nội vụ"]],
];

const SEED_003: Case[] = [
  ["Sở Văn hoá và Thể thao, Sở Du lịch", ["Sở Văn hóa và Thể thao", "Sở Du lịch"]],
  [
    "Các sở, ban, ngành, đơn vị cấp tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố",
    ["* Các sở, ban, ngành", "* UBND các huyện, thị xã, thành phố"],
  ],
  [
    "Đài Phát thanh và Truyền hình Quảng Bình, Báo Quảng Bình, Cổng Thông tin điện tử tỉnh, các cơ quan thông tấn, báo chí trung ương và địa phương",
    ["Đài Phát thanh và Truyền hình tỉnh", "Báo tỉnh", "Cổng Thông tin điện tử tỉnh", "* Các cơ quan thông tấn, báo chí"],
  ],
  ["Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]],
  ["Văn phòng Ủy ban nhân dân tỉnh", ["Văn phòng UBND tỉnh"]],
  ["Công an tỉnh", ["Công an tỉnh"]],
  [
    "- Ban Chỉ đạo CCHC Chính phủ;\n- Văn phòng Chính phủ;\n- Bộ Nội vụ;",
    ["Ban Chỉ đạo cải cách hành chính của Chính phủ", "Văn phòng Chính phủ", "Bộ Nội vụ"],
  ],
  [
    "- TT Tỉnh ủy; TT HĐND tỉnh;\n- Ban Chỉ đạo CCHC tỉnh;",
    ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Ban Chỉ đạo cải cách hành chính tỉnh"],
  ],
  [
    "- Báo Quảng Bình, Đài PTTH Quảng Bình;\n- Cổng thông tin điện tử tỉnh;",
    ["Báo tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh"],
  ],
  ["Sở Tài chính và các sở, ngành, địa phương", ["Sở Tài chính", "* Các sở, ngành, địa phương"]],
];

describe.each([
  ["000 Quảng Ngãi 2021–2025", SEED_000],
  ["001 Gia Lai 2021", SEED_001],
  ["002 Đồng Nai 2017", SEED_002],
  ["003 Quảng Bình (body)", SEED_003],
  ["004 TP Quảng Ngãi 2018 (prose)", SEED_004],
] as const)("seed %s", (_name, cases) => {
  test.each(cases.map((c) => [c[0], c[1]] as const))("%s", (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });
});

test("a seed cell in NFD with old tone marks reads the same", () => {
  const cell = "Sở Văn hoá, Thể thao và Du lịch; UBND cấp huyện, cấp xã".normalize("NFD");
  expect(read(cell)).toEqual(["Sở Văn hóa, Thể thao và Du lịch", "* UBND cấp huyện", "* UBND cấp xã"]);
});
